<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>CollectedDataPanel</name>
        <message>
            <source>[redacted: %1]</source>
            <translation>[aizklāts: %1]</translation>
        </message>
        <message>
            <source>Reason the data subject is told</source>
            <translation>Iemesls, ko paziņo datu subjektam</translation>
        </message>
        <message>
            <source>Internal note (optional; never shown to the data subject)</source>
            <translation>Iekšēja piezīme (nav obligāta; datu subjektam netiek rādīta)</translation>
        </message>
    </context>
    <context>
        <name>PackageDialog</name>
        <message>
            <source>the controller the subject named</source>
            <translation>pārzinis, ko norādīja datu subjekts</translation>
        </message>
        <message>
            <source>Export for this controller</source>
            <translation>Eksportēt šim pārzinim</translation>
        </message>
        <message>
            <source>Send the portable data to another controller (GDPR 20(2))</source>
            <translation>Nosūtīt pārnesamos datus citam pārzinim (VDAR 20. panta 2. punkts)</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Pārzinis</translation>
        </message>
        <message>
            <source>Writing the portability file</source>
            <translation>Raksta datu pārnesamības failu</translation>
        </message>
        <message>
            <source>Written to {folder} and recorded as a disclosure to {controller}.</source>
            <translation>Ierakstīts mapē {folder} un reģistrēts kā datu izpaušana pārzinim {controller}.</translation>
        </message>
    </context>
</TS>
