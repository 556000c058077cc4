<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>DashboardFilterBar</name>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="57" />
            <source>All time</source>
            <translation>Viss laiks</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="58" />
            <source>This month</source>
            <translation>Šis mēnesis</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="59" />
            <source>Last 3 months</source>
            <translation>Pēdējie 3 mēneši</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="60" />
            <source>Last 12 months</source>
            <translation>Pēdējie 12 mēneši</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="61" />
            <source>This year</source>
            <translation>Šis gads</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="62" />
            <source>Last year</source>
            <translation>Iepriekšējais gads</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="66" />
            <source>All rights</source>
            <translation>Visas tiesības</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="70" />
            <source>All channels</source>
            <translation>Visi kanāli</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="74" />
            <source>Everyone</source>
            <translation>Visi darbinieki</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/filter_bar.py" line="79" />
            <source>Received:</source>
            <translation>Saņemts:</translation>
        </message>
    </context>
    <context>
        <name>DashboardWidget</name>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="68" />
            <source>Cases by stage</source>
            <translation>Lietas pa posmiem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="69" />
            <source>Cases by right</source>
            <translation>Lietas pa tiesībām</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="70" />
            <source>Cases by channel</source>
            <translation>Lietas pa kanāliem</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="71" />
            <source>Requests per month</source>
            <translation>Pieprasījumi mēnesī</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="91" />
            <source>Report written to {path}</source>
            <translation>Pārskats saglabāts: {path}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="106" />
            <source>Export PDF…</source>
            <translation>Eksportēt PDF…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="107" />
            <source>Export XLSX…</source>
            <translation>Eksportēt XLSX…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="108" />
            <source>Annual report…</source>
            <translation>Gada pārskats…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="118" />
            <source>Open cases</source>
            <translation>Atvērtās lietas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="119" />
            <source>Due in 7 days or less</source>
            <translation>Termiņš ≤ 7 dienās</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="120" />
            <source>Overdue</source>
            <translation>Nokavētas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="121" />
            <source>Extended</source>
            <translation>Pagarinātas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="122" />
            <source>Clock paused</source>
            <translation>Termiņš apturēts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="123" />
            <source>Closed this month</source>
            <translation>Slēgtas šomēnes</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="124" />
            <source>Median days to answer</source>
            <translation>Atbildes dienu mediāna</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="125" />
            <source>90th percentile, days</source>
            <translation>90. procentile, dienas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="126" />
            <source>Answered on time</source>
            <translation>Atbildēts laikā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="159" />
            <source>Open cases by days left (double-click to open)</source>
            <translation>Atvērtās lietas pēc atlikušajām dienām (dubultklikšķis atver)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="201" />
            <source>The dashboard could not be loaded: {error}</source>
            <translation>Pārskatu neizdevās ielādēt: {error}</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="225" />
            <source>{on_time} of {answered} answered cases</source>
            <translation>{on_time} no {answered} atbildētajām lietām</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="242" />
            <source>{shown} most urgent of {total} open cases</source>
            <translation>{shown} steidzamākās no {total} atvērtajām lietām</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/widget.py" line="244" />
            <source>Updated {time}</source>
            <translation>Atjaunināts {time}</translation>
        </message>
    </context>
    <context>
        <name>DeadlineListModel</name>
        <message>
            <source>Days</source>
            <translation>Dienas</translation>
        </message>
        <message>
            <source>Days left until the due date; negative when overdue</source>
            <translation>Atlikušās dienas līdz termiņam; negatīvs skaitlis, ja termiņš nokavēts</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="54" />
            <source>Case</source>
            <translation>Lieta</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="55" />
            <source>Stage</source>
            <translation>Posms</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="56" />
            <source>Rights</source>
            <translation>Tiesības</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="57" />
            <source>Channel</source>
            <translation>Kanāls</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="58" />
            <source>Due date</source>
            <translation>Termiņš</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="59" />
            <source>Days left</source>
            <translation>Atlikušas dienas</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="60" />
            <source>State</source>
            <translation>Stāvoklis</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="61" />
            <source>Assignee</source>
            <translation>Atbildīgais</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/deadline_model.py" line="82" />
            <source>Deadline extended by two months (GDPR 12(3))</source>
            <translation>Termiņš pagarināts par diviem mēnešiem (VDAR 12(3))</translation>
        </message>
    </context>
    <context>
        <name>ReportExports</name>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="41" />
            <source>Annual report</source>
            <translation>Gada pārskats</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="42" />
            <source>Year of receipt:</source>
            <translation>Saņemšanas gads:</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="47" />
            <source>Export dashboard as PDF</source>
            <translation>Eksportēt pārskatu PDF formātā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="48" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF dokuments (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="51" />
            <source>Export dashboard as XLSX</source>
            <translation>Eksportēt pārskatu XLSX formātā</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="52" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel darbgrāmata (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="69" />
            <source>Writing the dashboard report…</source>
            <translation>Saglabā termiņu pārskatu…</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="75" />
            <source>Save the annual report</source>
            <translation>Saglabāt gada pārskatu</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="76" />
            <source>PDF document (*.pdf);;Excel workbook (*.xlsx)</source>
            <translation>PDF dokuments (*.pdf);;Excel darbgrāmata (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../smarttek_dsar/ui/dashboard/exports.py" line="88" />
            <source>Writing the annual report…</source>
            <translation>Saglabā gada pārskatu…</translation>
        </message>
    </context>
</TS>
