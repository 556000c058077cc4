<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ActionRegistry</name>
        <message>
            <source>Sign &amp;out…</source>
            <translation>&amp;Izrakstīties…</translation>
        </message>
        <message>
            <source>Sign out and let another user sign in</source>
            <translation>Izrakstīties un ļaut pieteikties citam lietotājam</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>Lietotāja &amp;rokasgrāmata</translation>
        </message>
        <message>
            <source>How to work a request, the deadlines, the keys and the roles</source>
            <translation>Kā izskatīt pieprasījumu, termiņi, taustiņi un lomas</translation>
        </message>
        <message>
            <source>Close case &amp;tab</source>
            <translation>Aizvērt lietas &amp;cilni</translation>
        </message>
        <message>
            <source>Close the tab of the case on screen</source>
            <translation>Aizvērt ekrānā redzamās lietas cilni</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="32" />
            <source>&amp;New request…</source>
            <translation>&amp;Jauns pieprasījums…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="34" />
            <source>Register a request that arrived by letter, e-mail, phone or in person</source>
            <translation>Reģistrēt pieprasījumu, kas saņemts vēstulē, e-pastā, pa tālruni vai klātienē</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="35" />
            <source>&amp;Import requests…</source>
            <translation>&amp;Importēt pieprasījumus…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="37" />
            <source>Import e-mail (.eml, .msg) or portal (.json) request files; you can also drop them on the window</source>
            <translation>Importēt e-pasta (.eml, .msg) vai portāla (.json) pieprasījumu failus; tos var arī ievilkt logā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="39" />
            <source>&amp;Find</source>
            <translation>&amp;Meklēt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="41" />
            <source>Search the case list</source>
            <translation>Meklēt lietu sarakstā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="47" />
            <source>&amp;Refresh</source>
            <translation>&amp;Atjaunot</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="48" />
            <source>Read the cases again from the database</source>
            <translation>Vēlreiz nolasīt lietas no datubāzes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="49" />
            <source>&amp;Open case</source>
            <translation>A&amp;tvērt lietu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="51" />
            <source>Open the selected case</source>
            <translation>Atvērt izvēlēto lietu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="55" />
            <source>&amp;Quit</source>
            <translation>&amp;Iziet</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="56" />
            <source>Close the application</source>
            <translation>Aizvērt lietotni</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="58" />
            <source>&amp;About Smarttek DSAR Desk</source>
            <translation>&amp;Par Smarttek DSAR Desk</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/actions.py" line="59" />
            <source>Version and licence</source>
            <translation>Versija un licence</translation>
        </message>
    </context>
    <context>
        <name>AttachmentList</name>
        <message>
            <location filename="../../smarttek_dsar/ui/attachment_list.py" line="53" />
            <source>Drop files here or anywhere on this form</source>
            <translation>Ievelciet failus šeit vai jebkur šajā veidlapā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/attachment_list.py" line="54" />
            <source>Add files…</source>
            <translation>Pievienot failus…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/attachment_list.py" line="55" />
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/attachment_list.py" line="57" />
            <source>Drop files onto the form or use Add files. Tick a file that is a copy of an ID document (optional; delete it after the check).</source>
            <translation>Ievelciet failus veidlapā vai izmantojiet “Pievienot failus”. Atzīmējiet failu, kas ir personu apliecinoša dokumenta kopija (nav obligāti; pēc pārbaudes to dzēsiet).</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/attachment_list.py" line="82" />
            <source>Attach files to the request</source>
            <translation>Pievienot failus pieprasījumam</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Action, e.g. case.closed or case.</source>
            <translation>Darbība, piem., case.closed vai case.</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Lietas numurs</translation>
        </message>
        <message>
            <source>From</source>
            <translation>No</translation>
        </message>
        <message>
            <source>to</source>
            <translation>līdz</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Rādīt</translation>
        </message>
        <message>
            <source>Older events</source>
            <translation>Vecāki notikumi</translation>
        </message>
        <message>
            <source>Newest first, %1 at a time.</source>
            <translation>Jaunākie vispirms, pa %1.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="38" />
            <source>Refresh</source>
            <translation>Atjaunot</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="39" />
            <source>Verify the audit chain</source>
            <translation>Pārbaudīt audita ķēdi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="41" />
            <source>Recompute every event's hash: shows whether any event was edited, deleted or reordered</source>
            <translation>Pārrēķina katra notikuma jaucējkodu: parāda, vai kāds notikums ir labots, dzēsts vai pārkārtots</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="48" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="48" />
            <source>Time</source>
            <translation>Laiks</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="48" />
            <source>User</source>
            <translation>Lietotājs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="48" />
            <source>Action</source>
            <translation>Darbība</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="49" />
            <source>Case</source>
            <translation>Lieta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="49" />
            <source>Details</source>
            <translation>Sīkāka informācija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="62" />
            <source>The latest %1 events, newest first.</source>
            <translation>Pēdējie %1 notikumi, jaunākie vispirms.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="107" />
            <source>%1 events shown</source>
            <translation>Parādīti %1 notikumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="114" />
            <source>Verifying the audit chain…</source>
            <translation>Pārbauda audita ķēdi…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="121" />
            <source>✔ The audit chain is intact: %1 events checked.</source>
            <translation>✔ Audita ķēde ir neskarta: pārbaudīti %1 notikumi.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/audit_page.py" line="126" />
            <source>✖ The audit chain is broken at event %1: %2. Keep this database unchanged and tell the data protection officer.</source>
            <translation>✖ Audita ķēde ir pārrauta pie notikuma %1: %2. Nemainiet šo datubāzi un ziņojiet datu aizsardzības speciālistam.</translation>
        </message>
    </context>
    <context>
        <name>CaseFilterBar</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="30" />
            <source>Search number, name, personal code, e-mail, phone…</source>
            <translation>Meklēt pēc numura, vārda, personas koda, e-pasta, tālruņa…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="31" />
            <source>Search case number…</source>
            <translation>Meklēt lietas numuru…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="34" />
            <source>All stages</source>
            <translation>Visi posmi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="36" />
            <source>All rights</source>
            <translation>Visas tiesības</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="38" />
            <source>All channels</source>
            <translation>Visi kanāli</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="40" />
            <source>Any deadline</source>
            <translation>Jebkurš termiņš</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="44" />
            <source>Open only</source>
            <translation>Tikai atvērtās</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_filter_bar.py" line="48" />
            <source>Clear filters</source>
            <translation>Notīrīt filtrus</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="233" />
            <source>Case</source>
            <translation>Lieta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="234" />
            <source>Data subject</source>
            <translation>Datu subjekts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="235" />
            <source>Rights</source>
            <translation>Tiesības</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="236" />
            <source>Channel</source>
            <translation>Kanāls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="237" />
            <source>Received</source>
            <translation>Saņemts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="238" />
            <source>Stage</source>
            <translation>Posms</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="239" />
            <source>Due date</source>
            <translation>Termiņš</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="240" />
            <source>Days left</source>
            <translation>Atlikušās dienas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="241" />
            <source>Assignee</source>
            <translation>Atbildīgais</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="303" />
            <source>The case is no longer open; the deadline no longer runs.</source>
            <translation>Lieta vairs nav atvērta; termiņš vairs netiek skaitīts.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="305" />
            <source>extended (GDPR 12(3))</source>
            <translation>pagarināts (VDAR 12. panta 3. punkts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_model.py" line="309" />
            <source>Your role shows case metadata only, not personal data.</source>
            <translation>Jūsu lomai redzami tikai lietas metadati, ne personas dati.</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <source>No cases match these filters. Clear the filters to see more.</source>
            <translation>Neviena lieta neatbilst šiem filtriem. Notīriet filtrus, lai redzētu vairāk.</translation>
        </message>
        <message>
            <source>No open cases here: nothing is waiting.</source>
            <translation>Šeit nav atvērtu lietu: nekas negaida.</translation>
        </message>
        <message>
            <source>There are no cases here yet.</source>
            <translation>Šeit vēl nav nevienas lietas.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_page.py" line="106" />
            <source>Days left:</source>
            <translation>Atlikušās dienas:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_page.py" line="113" />
            <source>— means the case is closed</source>
            <translation>— nozīmē, ka lieta ir slēgta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_page.py" line="159" />
            <source>Loading cases…</source>
            <translation>Ielādē lietas…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_page.py" line="160" />
            <source>%1 cases</source>
            <translation>%1 lietas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_page.py" line="162" />
            <source>%1 loaded</source>
            <translation>ielādētas %1</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/case_list_page.py" line="166" />
            <source>refreshed %1</source>
            <translation>atjaunots %1</translation>
        </message>
    </context>
    <context>
        <name>CaseTabs</name>
        <message>
            <location filename="../../smarttek_dsar/ui/case_tabs.py" line="19" />
            <source>Case %1 — the case view is not part of this build.</source>
            <translation>Lieta %1 — lietas skats šajā versijā nav iekļauts.</translation>
        </message>
    </context>
    <context>
        <name>CollectedDataPanel</name>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="44" />
            <source>Collect data</source>
            <translation>Savākt datus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="47" />
            <source>Exclude row…</source>
            <translation>Izslēgt rindu…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="50" />
            <source>Redact field…</source>
            <translation>Aizklāt lauku…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="53" />
            <source>Mark reviewed</source>
            <translation>Atzīmēt kā pārskatītu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="62" />
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="66" />
            <source>Category</source>
            <translation>Kategorija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="62" />
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="66" />
            <source>Source</source>
            <translation>Datu avots</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="62" />
            <source>Rows</source>
            <translation>Rindas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="62" />
            <source>Reviewed</source>
            <translation>Pārskatīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="67" />
            <source>Data</source>
            <translation>Dati</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="67" />
            <source>Excluded</source>
            <translation>Izslēgts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="68" />
            <source>Redacted</source>
            <translation>Aizklāts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="93" />
            <source>Your role does not show the collected personal data.</source>
            <translation>Jūsu lomai savāktie personas dati netiek rādīti.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="107" />
            <source>No data collected yet: press Collect data to search every configured system.</source>
            <translation>Dati vēl nav savākti: nospiediet “Savākt datus”, lai meklētu visās iestatītajās sistēmās.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="112" />
            <source>Collected {0} UTC by {1}: {2} systems searched.</source>
            <translation>Dati savākti {0} UTC (savāca {1}); pārmeklēto sistēmu skaits: {2}.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="130" />
            <source>yes</source>
            <translation>jā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="137" />
            <source>failed</source>
            <translation>neizdevās</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="187" />
            <source>Searching the company's systems…</source>
            <translation>Meklē uzņēmuma sistēmās…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="207" />
            <source>Collection cancelled; nothing was stored.</source>
            <translation>Datu vākšana atcelta; nekas netika saglabāts.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="233" />
            <source>Exclude row</source>
            <translation>Izslēgt rindu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="234" />
            <source>Why is this row left out of the copy (e.g. another customer's record)?</source>
            <translation>Kāpēc šī rinda netiek iekļauta kopijā (piem., tas ir cita klienta ieraksts)?</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="243" />
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="247" />
            <source>Redact field</source>
            <translation>Aizklāt lauku</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="243" />
            <source>Field</source>
            <translation>Lauks</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/collected_data_panel.py" line="248" />
            <source>Why is it redacted (e.g. another person's name, GDPR 15(4))?</source>
            <translation>Kāpēc lauks tiek aizklāts (piem., citas personas vārds, VDAR 15(4))?</translation>
        </message>
    </context>
    <context>
        <name>DeadlineState</name>
        <message>
            <location filename="../../smarttek_dsar/ui/i18n.py" line="107" />
            <source>On track</source>
            <translation>Laikā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/i18n.py" line="108" />
            <source>Due within 7 days</source>
            <translation>Termiņš 7 dienu laikā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/i18n.py" line="109" />
            <source>Overdue</source>
            <translation>Nokavēts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/i18n.py" line="110" />
            <source>Clock paused</source>
            <translation>Termiņš apturēts</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="116" />
            <source>Create the first administrator</source>
            <translation>Izveidot pirmo administratoru</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="120" />
            <source>This database has no users yet (%1). Create the first account: it manages users and settings and can also work on cases.</source>
            <translation>Šajā datubāzē vēl nav lietotāju (%1). Izveidojiet pirmo kontu: tas pārvalda lietotājus un iestatījumus un var arī strādāt ar lietām.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="125" />
            <source>e.g. dace.ozola</source>
            <translation>piem., dace.ozola</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="128" />
            <source>e.g. Dace Ozola</source>
            <translation>piem., Dace Ozola</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="144" />
            <source>Create and sign in</source>
            <translation>Izveidot un pieteikties</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="147" />
            <source>&amp;User name:</source>
            <translation>&amp;Lietotājvārds:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="148" />
            <source>&amp;Display name:</source>
            <translation>&amp;Attēlojamais vārds:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="149" />
            <source>&amp;Password:</source>
            <translation>&amp;Parole:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="150" />
            <source>&amp;Repeat password:</source>
            <translation>&amp;Atkārtot paroli:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="168" />
            <source>Enter a user name.</source>
            <translation>Ievadiet lietotājvārdu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="170" />
            <source>The password needs at least %1 characters.</source>
            <translation>Parolē jābūt vismaz %1 rakstzīmēm.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="173" />
            <source>The two passwords differ.</source>
            <translation>Abas paroles atšķiras.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="178" />
            <source>Ready.</source>
            <translation>Gatavs.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="59" />
            <source>Import requests</source>
            <translation>Importēt pieprasījumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="63" />
            <source>File</source>
            <translation>Fails</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="63" />
            <source>Result</source>
            <translation>Rezultāts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="63" />
            <source>Case</source>
            <translation>Lieta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="71" />
            <source>Waiting…</source>
            <translation>Gaida…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="82" />
            <source>Scanned letters were delivered on:</source>
            <translation>Skenētās vēstules saņemtas:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="89" />
            <source>Import</source>
            <translation>Importēt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="115" />
            <source>Importing…</source>
            <translation>Importē…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="119" />
            <source>Importing %1</source>
            <translation>Importē %1</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="135" />
            <source>Importing requests…</source>
            <translation>Importē pieprasījumus…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="154" />
            <source>Not imported (cancelled)</source>
            <translation>Nav importēts (atcelts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="193" />
            <source>Created %1</source>
            <translation>Izveidota lieta %1</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="196" />
            <source>probably the same request as %1: merge or keep apart</source>
            <translation>iespējams, tas pats pieprasījums, kas %1: apvienojiet vai paturiet atsevišķi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/import_dialog.py" line="201" />
            <source>Duplicate of %1 (imported before)</source>
            <translation>Lietas %1 dublikāts (importēts jau agrāk)</translation>
        </message>
    </context>
    <context>
        <name>LettersPage</name>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="33" />
            <source>Acknowledgement of receipt</source>
            <translation>Pieprasījuma saņemšanas apstiprinājums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="34" />
            <source>Request to confirm identity</source>
            <translation>Lūgums apstiprināt identitāti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="37" />
            <source>Extension of the time limit</source>
            <translation>Termiņa pagarinājums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="38" />
            <source>Refusal</source>
            <translation>Atteikums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="39" />
            <source>Partial refusal</source>
            <translation>Daļējs atteikums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="40" />
            <source>Confirmation of erasure</source>
            <translation>Dzēšanas apstiprinājums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="43" />
            <source>Confirmation of rectification</source>
            <translation>Labošanas apstiprinājums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="46" />
            <source>Confirmation of restriction</source>
            <translation>Ierobežošanas apstiprinājums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="49" />
            <source>Reply to an objection</source>
            <translation>Atbilde uz iebildumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="52" />
            <source>Confirmation of consent withdrawal</source>
            <translation>Piekrišanas atsaukuma apstiprinājums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="55" />
            <source>Notice to a recipient (GDPR Art. 19)</source>
            <translation>Paziņojums saņēmējam (VDAR 19. pants)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="58" />
            <source>Cover letter of the data package</source>
            <translation>Datu kopijas pavadvēstule</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="66" />
            <source>Latvian</source>
            <translation>Latviski</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="67" />
            <source>English</source>
            <translation>Angliski</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="73" />
            <source>Company name</source>
            <translation>Uzņēmuma nosaukums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="74" />
            <source>Company address</source>
            <translation>Uzņēmuma adrese</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="75" />
            <source>Data protection e-mail</source>
            <translation>Datu aizsardzības e-pasts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="76" />
            <source>Case number</source>
            <translation>Lietas numurs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="77" />
            <source>Subject's name</source>
            <translation>Datu subjekta vārds, uzvārds</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="78" />
            <source>Addressee: name and postal address</source>
            <translation>Adresāts: vārds, uzvārds un adrese</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="81" />
            <source>Date of the letter</source>
            <translation>Vēstules datums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="82" />
            <source>Date the request was received</source>
            <translation>Pieprasījuma saņemšanas datums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="83" />
            <source>Reply due by (one month)</source>
            <translation>Atbildes termiņš (viens mēnesis)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="84" />
            <source>First deadline</source>
            <translation>Sākotnējais termiņš</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="85" />
            <source>Extended deadline</source>
            <translation>Pagarinātais termiņš</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="86" />
            <source>Reason for the extension (typed)</source>
            <translation>Pagarinājuma iemesls (ievada lietotājs)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="89" />
            <source>Clock paused since</source>
            <translation>Termiņš apturēts no</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="90" />
            <source>What the subject is asked for</source>
            <translation>Ko lūdzam datu subjektam</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="93" />
            <source>Reasons for refusal, with articles</source>
            <translation>Atteikuma iemesli ar pantiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="96" />
            <source>What was granted</source>
            <translation>Kas izpildīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="97" />
            <source>What was done</source>
            <translation>Kas izdarīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="98" />
            <source>What was kept, and why</source>
            <translation>Kas saglabāts un kāpēc</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="99" />
            <source>Recipients notified (GDPR 19)</source>
            <translation>Informētie saņēmēji (VDAR 19. p.)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="102" />
            <source>Supervisory authority</source>
            <translation>Uzraudzības iestāde</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="103" />
            <source>Authority's address</source>
            <translation>Iestādes adrese</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="104" />
            <source>Authority's e-mail</source>
            <translation>Iestādes e-pasts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="105" />
            <source>Recipient of the notice</source>
            <translation>Paziņojuma saņēmējs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="106" />
            <source>Subject: name and customer number</source>
            <translation>Datu subjekts: vārds un klienta numurs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="109" />
            <source>What was changed</source>
            <translation>Kas mainīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="110" />
            <source>Recipient's reply due by</source>
            <translation>Saņēmēja atbildes termiņš</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="111" />
            <source>Systems searched</source>
            <translation>Pārmeklētās sistēmas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="112" />
            <source>Files in the package</source>
            <translation>Pakotnes faili</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letter_wording.py" line="113" />
            <source>Password note (if encrypted)</source>
            <translation>Piezīme par paroli (ja šifrēts)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/placeholder_list.py" line="60" />
            <source>Click one to insert it at the cursor. Each is filled from the case when the letter is written.</source>
            <translation>Noklikšķiniet, lai ievietotu kursora vietā. Rakstot vēstuli, katru aizpilda ar lietas datiem.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/placeholder_list.py" line="64" />
            <source>Each is filled from the case when the letter is written.</source>
            <translation>Rakstot vēstuli, katru aizpilda ar lietas datiem.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/placeholder_list.py" line="71" />
            <source>Placeholders</source>
            <translation>Vietturi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="101" />
            <source>Press Preview to see the letter on the letterhead, as the subject will read it.</source>
            <translation>Nospiediet “Priekšskatīt”, lai redzētu vēstuli uz veidlapas tādu, kādu to lasīs datu subjekts.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="112" />
            <source>Text</source>
            <comment>tab</comment>
            <translation>Teksts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="113" />
            <source>Preview</source>
            <comment>tab</comment>
            <translation>Priekšskatījums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="115" />
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="118" />
            <source>Reset to the shipped text</source>
            <translation>Atjaunot sākotnējo tekstu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="123" />
            <source>sample values</source>
            <translation>parauga vērtības</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="127" />
            <source>Case:</source>
            <translation>Lieta:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="129" />
            <source>Preview</source>
            <translation>Priekšskatīt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="168" />
            <source>The wording of every letter the desk writes, in Latvian and English. An edited text is used for every later letter of its kind instead of the shipped one.</source>
            <translation>Visu vēstuļu teksti latviešu un angļu valodā. Rediģēto tekstu turpmāk izmanto visās šī veida vēstulēs sākotnējā teksta vietā.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="173" />
            <source>Read only: the wording of the letters is the company's in every case, so only an administrator (normally the data protection officer) may change it. You can read every template and preview it.</source>
            <translation>Tikai lasīšanai: vēstuļu teksts ir uzņēmuma formulējums visās lietās, tāpēc to drīkst mainīt tikai administrators (parasti datu aizsardzības speciālists). Jūs varat izlasīt un priekšskatīt jebkuru veidni.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="245" />
            <source>Leave empty for sample values, or type a case number to fill the letter from that case.</source>
            <translation>Atstājiet tukšu, lai izmantotu parauga vērtības, vai ierakstiet lietas numuru, lai vēstuli aizpildītu ar šīs lietas datiem.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="247" />
            <source>The cover letter is printed inside the data package; it is previewed with sample values.</source>
            <translation>Pavadvēstuli drukā datu kopijas pakotnē; to priekšskata ar parauga vērtībām.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="285" />
            <location filename="../../smarttek_dsar/ui/template_table.py" line="61" />
            <source>Unsaved changes</source>
            <translation>Nesaglabātas izmaiņas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="287" />
            <source>✎ Edited by the DPO — used instead of the shipped text</source>
            <translation>✎ DAS rediģēts — izmanto sākotnējā teksta vietā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="290" />
            <source>Shipped text</source>
            <translation>Sākotnējais teksts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="334" />
            <source>Saved. Every later letter of this kind in this language uses your wording.</source>
            <translation>Saglabāts. Visās turpmākajās šī veida vēstulēs šajā valodā izmantos Jūsu tekstu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="339" />
            <source>Not saved: {0}</source>
            <translation>Nav saglabāts: {0}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="354" />
            <source>Discard your unsaved changes to “{0}”?</source>
            <translation>Atmest nesaglabātās izmaiņas vēstulē “{0}”?</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="357" />
            <source>Your changes were discarded.</source>
            <translation>Jūsu izmaiņas ir atmestas.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="360" />
            <source>Go back to the shipped text of “{0}” ({1})? The edited wording is deleted; letters written from now on use the shipped text.</source>
            <translation>Atjaunot vēstules “{0}” ({1}) sākotnējo tekstu? Rediģētais teksts tiks dzēsts; turpmāk rakstītajās vēstulēs izmantos sākotnējo tekstu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="372" />
            <source>The shipped text is in use again.</source>
            <translation>Atkal izmanto sākotnējo tekstu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="383" />
            <source>Please confirm</source>
            <translation>Lūdzu, apstipriniet</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="426" />
            <source>Preview for case {0}; it is in the case's audit trail. Nothing was saved or sent.</source>
            <translation>Priekšskatījums lietai {0}; tas ir ierakstīts lietas audita žurnālā. Nekas netika saglabāts vai nosūtīts.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="430" />
            <source>Preview with sample values. Nothing was saved or sent.</source>
            <translation>Priekšskatījums ar parauga vērtībām. Nekas netika saglabāts vai nosūtīts.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="434" />
            <source>No preview: {0}</source>
            <translation>Priekšskatījumu nevar izveidot: {0}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/letters_page.py" line="438" />
            <source>Preparing the preview…</source>
            <translation>Sagatavo priekšskatījumu…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/template_table.py" line="22" />
            <source>Letter</source>
            <translation>Vēstule</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/template_table.py" line="55" />
            <source>✎ edited</source>
            <translation>✎ rediģēts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/template_table.py" line="56" />
            <source>shipped</source>
            <translation>sākotnējais</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Administration</source>
            <translation>Administrēšana</translation>
        </message>
        <message>
            <source>Users and roles, backups, the retention purge</source>
            <translation>Lietotāji un lomas, rezerves kopijas, datu dzēšana pēc glabāšanas termiņa</translation>
        </message>
        <message>
            <source>Times: Riga</source>
            <translation>Laiks: Rīgas laiks</translation>
        </message>
        <message>
            <source>Every time shown is Riga time (Europe/Riga), as in the letters and dossiers, whatever this computer's time zone.</source>
            <translation>Visi laiki ir norādīti pēc Rīgas laika (Europe/Riga), tāpat kā vēstulēs un lietu materiālos, neatkarīgi no šī datora laika joslas.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="59" />
            <source>Lists</source>
            <translation>Saraksti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="82" />
            <source>Inbox</source>
            <translation>Iesūtne</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="84" />
            <source>New and unassigned open cases</source>
            <translation>Jaunās un nepiešķirtās atvērtās lietas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="86" />
            <source>My cases</source>
            <translation>Manas lietas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="88" />
            <source>Cases assigned to me</source>
            <translation>Man piešķirtās lietas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="89" />
            <source>All cases</source>
            <translation>Visas lietas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="91" />
            <source>Every case</source>
            <translation>Visas lietas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="92" />
            <source>Dashboard</source>
            <translation>Pārskats</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="93" />
            <source>Deadlines and workload</source>
            <translation>Termiņi un noslodze</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="95" />
            <source>Audit log</source>
            <translation>Audita žurnāls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="96" />
            <source>Who did what, and a check that nothing was altered</source>
            <translation>Kas ko darīja, un pārbaude, ka nekas nav mainīts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="98" />
            <source>Register</source>
            <translation>Reģistrs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="99" />
            <source>Register of processing activities (GDPR 30)</source>
            <translation>Apstrādes darbību reģistrs (VDAR 30. pants)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="101" />
            <source>Data sources</source>
            <translation>Datu avoti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="102" />
            <source>The company systems searched for a subject's data</source>
            <translation>Uzņēmuma sistēmas, kurās meklē datu subjekta datus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="104" />
            <source>Letters</source>
            <translation>Vēstules</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="105" />
            <source>The wording of the letters to subjects and recipients</source>
            <translation>Vēstuļu teksti datu subjektiem un saņēmējiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="108" />
            <source>Settings</source>
            <translation>Iestatījumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="109" />
            <source>Language, organisation settings, holidays</source>
            <translation>Valoda, organizācijas iestatījumi, svētku dienas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="123" />
            <source>&amp;Case</source>
            <translation>&amp;Lieta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="128" />
            <source>&amp;View</source>
            <translation>&amp;Skats</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="137" />
            <source>&amp;Help</source>
            <translation>&amp;Palīdzība</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="140" />
            <source>Main</source>
            <translation>Galvenā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="153" />
            <source>Signed in as %1 (%2)</source>
            <translation>Pieteicies: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="175" />
            <source>Your role sees case metadata only and cannot register requests.</source>
            <translation>Jūsu loma redz tikai lietu metadatus un nevar reģistrēt pieprasījumus.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="181" />
            <source>specialist</source>
            <translation>speciālists</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="182" />
            <source>manager</source>
            <translation>vadītājs</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="183" />
            <source>administrator</source>
            <translation>administrators</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="229" />
            <source>Import requests</source>
            <translation>Importēt pieprasījumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="230" />
            <source>Request files (*.eml *.msg *.json);;All files (*)</source>
            <translation>Pieprasījumu faili (*.eml *.msg *.json);;Visi faili (*)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="259" />
            <source>About Smarttek DSAR Desk</source>
            <translation>Par Smarttek DSAR Desk</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/main_window.py" line="260" />
            <source>&lt;b&gt;Smarttek DSAR Desk&lt;/b&gt; %1&lt;br&gt;Handling GDPR data subject requests for SMARTTEK MIXTURE SIA, Riga.&lt;br&gt;&lt;br&gt;Deadlines follow GDPR Art. 12(3) and the Latvian public holidays.</source>
            <translation>&lt;b&gt;Smarttek DSAR Desk&lt;/b&gt; %1&lt;br&gt;Datu subjektu pieprasījumu apstrāde SIA SMARTTEK MIXTURE, Rīgā.&lt;br&gt;&lt;br&gt;Termiņi tiek skaitīti pēc VDAR 12. panta 3. punkta un Latvijas svētku dienām.</translation>
        </message>
    </context>
    <context>
        <name>NewRequestDialog</name>
        <message>
            <source>Discard the request?</source>
            <translation>Atmest pieprasījumu?</translation>
        </message>
        <message>
            <source>The request you typed has not been registered. Discard what you typed?</source>
            <translation>Ievadītais pieprasījums nav reģistrēts. Vai atmest ievadīto?</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Atmest</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Turpināt rediģēt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="47" />
            <source>New request</source>
            <translation>Jauns pieprasījums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="72" />
            <source>Register request</source>
            <translation>Reģistrēt pieprasījumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="115" />
            <source>Receipt</source>
            <translation>Saņemšana</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="120" />
            <source>&amp;Received:</source>
            <translation>&amp;Saņemts:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="126" />
            <source>&amp;Channel:</source>
            <translation>&amp;Kanāls:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="128" />
            <source>Latvian</source>
            <translation>latviešu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="129" />
            <source>English</source>
            <translation>angļu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="130" />
            <source>Subject's &amp;language:</source>
            <translation>Subjekta &amp;valoda:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="132" />
            <source>e.g. Message-ID, envelope scan, portal record no.</source>
            <translation>piem., Message-ID, aploksnes skenējums, portāla ieraksta nr.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="133" />
            <source>Receipt &amp;proof:</source>
            <translation>Saņemšanas &amp;pierādījums:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="137" />
            <source>Data subject</source>
            <translation>Datu subjekts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="139" />
            <source>First and last name</source>
            <translation>Vārds un uzvārds</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="140" />
            <source>&amp;Name:</source>
            <translation>&amp;Vārds, uzvārds:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="142" />
            <source>Personal &amp;code:</source>
            <translation>Personas &amp;kods:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="144" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-pasts:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="146" />
            <source>P&amp;hone:</source>
            <translation>&amp;Tālrunis:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="148" />
            <source>C&amp;ustomer no.:</source>
            <translation>Kli&amp;enta nr.:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="150" />
            <source>&amp;Address:</source>
            <translation>&amp;Adrese:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="156" />
            <source>Made by a representative</source>
            <translation>Iesniedz pārstāvis</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="158" />
            <source>Representative</source>
            <translation>Pārstāvis</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="161" />
            <source>Na&amp;me:</source>
            <translation>Vā&amp;rds, uzvārds:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="163" />
            <source>E-&amp;mail:</source>
            <translation>E-pa&amp;sts:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="165" />
            <source>Phone:</source>
            <translation>Tālrunis:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="167" />
            <source>e.g. notarised power of attorney no. 123, 2 pages</source>
            <translation>piem., notariāli apliecināta pilnvara nr. 123, 2 lapas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="168" />
            <source>Proof of &amp;authority:</source>
            <translation>&amp;Pilnvarojuma apliecinājums:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="180" />
            <source>Rights invoked</source>
            <translation>Izmantotās tiesības</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="193" />
            <source>Request text</source>
            <translation>Pieprasījuma teksts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="197" />
            <source>What the person asks for, in their words</source>
            <translation>Ko persona lūdz, tās pašas vārdiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="202" />
            <source>Attachments</source>
            <translation>Pielikumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="237" />
            <source>The receipt time is in the future; enter when the request arrived.</source>
            <translation>Saņemšanas laiks ir nākotnē; ievadiet, kad pieprasījums tika saņemts.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="240" />
            <source>The receipt time is before 25 May 2018, when the GDPR began to apply.</source>
            <translation>Saņemšanas laiks ir pirms 2018. gada 25. maija, kad sāka piemērot VDAR.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="245" />
            <source>Give at least the name or the e-mail address.</source>
            <translation>Norādiet vismaz vārdu un uzvārdu vai e-pasta adresi.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="248" />
            <source>Give the representative's name.</source>
            <translation>Norādiet pārstāvja vārdu un uzvārdu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="253" />
            <source>Describe the proof of authority provided, e.g. a power of attorney.</source>
            <translation>Aprakstiet iesniegto pilnvarojuma apliecinājumu, piem., pilnvaru.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="255" />
            <source>Tick at least one right the request invokes.</source>
            <translation>Atzīmējiet vismaz vienas tiesības, uz kurām pieprasījums atsaucas.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="258" />
            <source>Larger than the %1 MB limit (Settings): %2</source>
            <translation>Pārsniedz %1 MB ierobežojumu (Iestatījumi): %2</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="281" />
            <source>To register: </source>
            <translation>Lai reģistrētu: </translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/new_request_dialog.py" line="326" />
            <source>Registering the request…</source>
            <translation>Reģistrē pieprasījumu…</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="1" />
            <source>Categories</source>
            <translation>Kategorijas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="1" />
            <source>Phrasebook</source>
            <translation>Frāžu krājums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="48" />
            <source>Category</source>
            <translation>Kategorija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="48" />
            <source>Name</source>
            <translation>Nosaukums</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="49" />
            <source>Legal bases</source>
            <translation>Tiesiskie pamati</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="49" />
            <source>Recipients</source>
            <translation>Saņēmēji</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="55" />
            <source>Save as new version</source>
            <translation>Saglabāt kā jaunu versiju</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="85" />
            <source>edited by the DPO</source>
            <translation>rediģējis datu aizsardzības speciālists</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="85" />
            <source>shipped default</source>
            <translation>iebūvētā noklusējuma versija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="86" />
            <source>Register version {0} ({1}), in force from {2}</source>
            <translation>Apstrādes darbību reģistra versija {0} ({1}), spēkā no {2}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/register_page.py" line="115" />
            <source>Saved as version {0}.</source>
            <translation>Saglabāts kā versija {0}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="58" />
            <source>Organisation settings and holidays are changed by an administrator; you can see them here.</source>
            <translation>Organizācijas iestatījumus un svētku dienas maina administrators; šeit tos varat apskatīt.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="68" />
            <source>Language</source>
            <translation>Valoda</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="72" />
            <source>Same as the computer</source>
            <translation>Kā datorā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="77" />
            <source>Window &amp;language:</source>
            <translation>Loga &amp;valoda:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="78" />
            <source>Letters and exports use the data subject's language, set on each case.</source>
            <translation>Vēstulēs un eksportā izmanto datu subjekta valodu, kas norādīta katrā lietā.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="86" />
            <source>Organisation</source>
            <translation>Organizācija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="88" />
            <source> years</source>
            <translation> gadi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="89" />
            <source> days</source>
            <translation> dienas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="90" />
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="91" />
            <source>Keep closed cases for:</source>
            <translation>Slēgtās lietas glabāt:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="92" />
            <source>Identity request counts as a pause if sent within:</source>
            <translation>Identitātes pieprasījums aptur termiņu, ja nosūtīts:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="94" />
            <source>Largest attachment:</source>
            <translation>Lielākais pielikums:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="95" />
            <source>Save organisation settings</source>
            <translation>Saglabāt organizācijas iestatījumus</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="111" />
            <source>Database</source>
            <translation>Datubāze</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="115" />
            <source>Open database:</source>
            <translation>Atvērtā datubāze:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="119" />
            <source>Extra public holidays</source>
            <translation>Papildu svētku dienas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="122" />
            <source>One-off holidays the government declares (beyond the statutory ones) move deadlines that end on them. Adding or removing one recomputes every open case.</source>
            <translation>Vienreizējas svētku dienas, ko izsludina valdība (papildus likumā noteiktajām), pārceļ termiņus, kas beidzas šajās dienās. Pievienojot vai noņemot dienu, tiek pārrēķinātas visas atvērtās lietas.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="132" />
            <source>Name, e.g. Ice hockey bronze medal day</source>
            <translation>Nosaukums, piem., hokeja bronzas medaļas diena</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="133" />
            <source>Add</source>
            <translation>Pievienot</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="134" />
            <source>Remove selected</source>
            <translation>Noņemt izvēlēto</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="212" />
            <source>Organisation settings saved.</source>
            <translation>Organizācijas iestatījumi saglabāti.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="223" />
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="234" />
            <source>Recomputing deadlines…</source>
            <translation>Pārrēķina termiņus…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="228" />
            <source>Select the holiday to remove.</source>
            <translation>Izvēlieties svētku dienu, ko noņemt.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/settings_page.py" line="238" />
            <source>Holidays changed; open cases' deadlines were recomputed.</source>
            <translation>Svētku dienas mainītas; atvērto lietu termiņi pārrēķināti.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="42" />
            <source>Sign in — Smarttek DSAR Desk</source>
            <translation>Pieteikšanās — Smarttek DSAR Desk</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="56" />
            <source>Sign in</source>
            <translation>Pieteikties</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="58" />
            <source>&lt;b&gt;Smarttek DSAR Desk&lt;/b&gt;&lt;br&gt;Data subject requests of SMARTTEK MIXTURE SIA</source>
            <translation>&lt;b&gt;Smarttek DSAR Desk&lt;/b&gt;&lt;br&gt;SIA SMARTTEK MIXTURE datu subjektu pieprasījumi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="61" />
            <source>Database: %1</source>
            <translation>Datubāze: %1</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="63" />
            <source>&amp;User name:</source>
            <translation>&amp;Lietotājvārds:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sign_in.py" line="64" />
            <source>&amp;Password:</source>
            <translation>&amp;Parole:</translation>
        </message>
    </context>
    <context>
        <name>SourcesPage</name>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="45" />
            <source>Test connection</source>
            <translation>Pārbaudīt savienojumu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="49" />
            <source>Save</source>
            <translation>Saglabāt</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="53" />
            <source>Store password…</source>
            <translation>Saglabāt paroli…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="62" />
            <source>Sources</source>
            <translation>Datu avoti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="64" />
            <source>Test results</source>
            <translation>Pārbaudes rezultāti</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="96" />
            <source>Shipped demo sources (not saved yet; saving stores them in the shared database for every desk). Passwords are never stored here: use Store password… or the variable named by password_env.</source>
            <translation>Iebūvētie demonstrācijas datu avoti (vēl nav saglabāti; saglabājot tie tiks ierakstīti kopīgajā datubāzē visām darba vietām). Paroles šeit nekad netiek glabātas: izmantojiet “Saglabāt paroli…” vai vides mainīgo, kura nosaukums norādīts password_env.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="99" />
            <source>Data sources version {0}, saved by {1}, shared by every desk. Passwords are never stored here.</source>
            <translation>Datu avotu versija {0}, saglabāja {1}, kopīga visām darba vietām. Paroles šeit nekad netiek glabātas.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="110" />
            <source>Testing data sources…</source>
            <translation>Pārbauda datu avotus…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="119" />
            <source>Every source answered.</source>
            <translation>Visi datu avoti atbildēja.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="120" />
            <source>Failed: {0}</source>
            <translation>Neizdevās: {0}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="132" />
            <source>Saved.</source>
            <translation>Saglabāts.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="141" />
            <source>Choose a source first.</source>
            <translation>Vispirms izvēlieties datu avotu.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="143" />
            <source>Store password</source>
            <translation>Saglabāt paroli</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="144" />
            <source>Password for {0}</source>
            <translation>Datu avota {0} parole</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="150" />
            <source>Stored in the system keyring.</source>
            <translation>Saglabāta sistēmas atslēgu glabātuvē.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/sources_page.py" line="151" />
            <source>This computer has no system keyring: set the environment variable named by password_env for this source instead.</source>
            <translation>Šajā datorā nav sistēmas atslēgu glabātuves: tā vietā šim datu avotam iestatiet vides mainīgo, kura nosaukums norādīts password_env.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../smarttek_dsar/ui/launch.py" line="63" />
            <source>Cannot open the database: {0}</source>
            <translation>Nevar atvērt datubāzi: {0}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/launch.py" line="73" />
            <source>Opening the database…</source>
            <translation>Atver datubāzi…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/launch.py" line="77" />
            <source>Cannot open the database</source>
            <translation>Neizdodas atvērt datubāzi</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/launch.py" line="78" />
            <source>Check the address given with --db or SMARTTEK_DSAR_DB, that the file exists and is readable, or that the team server is reachable. Then start again.</source>
            <translation>Pārbaudiet adresi, kas norādīta ar --db vai SMARTTEK_DSAR_DB, vai fails pastāv un ir lasāms, vai arī vai komandas serveris ir sasniedzams. Pēc tam palaidiet vēlreiz.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/launch.py" line="92" />
            <source>Creating demo cases…</source>
            <translation>Veido demonstrācijas lietas…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/launch.py" line="99" />
            <source>Preparing the demo database…</source>
            <translation>Sagatavo demonstrācijas datubāzi…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/launch.py" line="109" />
            <source>Demo users: dpo, janis and manager; the password is demo-password.</source>
            <translation>Demonstrācijas lietotāji: dpo, janis un manager; parole ir demo-password.</translation>
        </message>
    </context>
    <context>
        <name>run_task</name>
        <message>
            <location filename="../../smarttek_dsar/ui/tasks.py" line="75" />
            <source>Unexpected error: {0}: {1}

Where it happened was written (without personal data) to {2}</source>
            <translation>Neparedzēta kļūda: {0}: {1}

Kur tā radās, ierakstīts (bez personas datiem) failā {2}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/tasks.py" line="139" />
            <source>Cancel</source>
            <translation>Atcelt</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>User guide</source>
            <translation>Lietotāja rokasgrāmata</translation>
        </message>
    </context>
    <context>
        <name>AdministrationPage</name>
        <message>
            <source>specialist</source>
            <translation>speciālists</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>vadītājs</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrators</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Vārds, uzvārds</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>jā</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Lietotājvārds</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Lomas</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktīvs</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Pievienot lietotāju…</translation>
        </message>
        <message>
            <source>Unlock sign-in</source>
            <translation>Atbloķēt pieteikšanos</translation>
        </message>
        <message>
            <source>Clear the waiting time after failed sign-ins of the selected user</source>
            <translation>Noņemt izvēlētā lietotāja gaidīšanas laiku pēc neveiksmīgām pieteikšanās reizēm</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Izveidot rezerves kopiju…</translation>
        </message>
        <message>
            <source>List cases due for purge</source>
            <translation>Parādīt dzēšamās lietas</translation>
        </message>
        <message>
            <source>Purge the listed cases…</source>
            <translation>Dzēst parādīto lietu datus…</translation>
        </message>
        <message>
            <source>Users and roles</source>
            <translation>Lietotāji un lomas</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Rezerves kopija</translation>
        </message>
        <message>
            <source>A consistent copy of the whole case store, taken while others work. Keep it as safely as the case store itself.</source>
            <translation>Visas lietu datubāzes saskaņota kopija, ko var izveidot, kamēr citi strādā. Glabājiet to tikpat droši kā pašu datubāzi.</translation>
        </message>
        <message>
            <source>Retention purge</source>
            <translation>Datu dzēšana pēc glabāšanas termiņa</translation>
        </message>
        <message>
            <source>Closed cases older than the retention period lose their personal data; the case number, dates and the audit trail stay. List them first, then purge.</source>
            <translation>Slēgtām lietām, kuru glabāšanas termiņš beidzies, dzēš personas datus; lietas numurs, datumi un audita žurnāls paliek. Vispirms parādiet tās, tad dzēsiet.</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nē</translation>
        </message>
        <message>
            <source>User {0} added.</source>
            <translation>Lietotājs {0} pievienots.</translation>
        </message>
        <message>
            <source>Select a user first.</source>
            <translation>Vispirms izvēlieties lietotāju.</translation>
        </message>
        <message>
            <source>{0} can sign in again.</source>
            <translation>{0} var atkal pieteikties.</translation>
        </message>
        <message>
            <source>Back up the case store</source>
            <translation>Lietu datubāzes rezerves kopija</translation>
        </message>
        <message>
            <source>Backup written to {0}.</source>
            <translation>Rezerves kopija ierakstīta: {0}.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Veido rezerves kopiju…</translation>
        </message>
        <message>
            <source>Purge case files</source>
            <translation>Lietu datu dzēšana</translation>
        </message>
        <message>
            <source>Purge</source>
            <translation>Dzēst</translation>
        </message>
        <message>
            <source>Purging…</source>
            <translation>Dzēš…</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>Abas paroles atšķiras.</translation>
        </message>
        <message>
            <source>Add user</source>
            <translation>Pievienot lietotāju</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Lietotājvārds:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Vārds, uzvārds:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Lomas:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Parole:</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>Parole vēlreiz:</translation>
        </message>
    </context>
    <context>
        <name>PhrasebookEditor</name>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>Article</source>
            <translation>Pants</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>Latvian</source>
            <translation>Latviski</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>English</source>
            <translation>Angliski</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>Save phrasebook as new version</source>
            <translation>Saglabāt frāžu krājumu kā jaunu versiju</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>These texts are sent to data subjects as the reasons of the decisions. {keep_until} stands for the date until which data is kept. No internal notes.</source>
            <translation>Šie teksti tiek nosūtīti datu subjektiem kā lēmumu pamatojums. {keep_until} apzīmē datumu, līdz kuram dati tiek glabāti. Bez iekšējām piezīmēm.</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>shipped default</source>
            <translation>iebūvētā noklusējuma versija</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>version {0}</source>
            <translation>versija {0}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>Phrasebook ({0})</source>
            <translation>Frāžu krājums ({0})</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/phrasebook_editor.py" line="1" />
            <source>Saved as version {0}.</source>
            <translation>Saglabāts kā versija {0}.</translation>
        </message>
    </context>
</TS>
