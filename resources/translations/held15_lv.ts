<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Held mail deleted after retention</source>
            <translation>Aizturētais e-pasts dzēsts pēc glabāšanas termiņa</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>dismissed</source>
            <translation>noraidīti</translation>
        </message>
        <message>
            <source>days kept after dismissal</source>
            <translation>glabāšanas dienas pēc noraidīšanas</translation>
        </message>
        <message>
            <source>held mail dismissed</source>
            <translation>aizturētie e-pasti, noraidīti</translation>
        </message>
        <message>
            <source>held mail undecided</source>
            <translation>aizturētie e-pasti, neizlemti</translation>
        </message>
        <message>
            <source>undecided</source>
            <translation>neizlemti</translation>
        </message>
        <message>
            <source>days kept undecided</source>
            <translation>glabāšanas dienas neizlemtiem</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Keep dismissed held mail for:</source>
            <translation>Noraidītos aizturētos e-pastus glabāt:</translation>
        </message>
        <message>
            <source>Keep undecided held mail for:</source>
            <translation>Neizlemtos aizturētos e-pastus glabāt:</translation>
        </message>
    </context>
    <context>
        <name>AdministrationPage</name>
        <message numerus="yes">
            <source>Held mail dismissed long enough ago: %n</source>
            <translation>
                <numerusform>Aizturētie e-pasti, kuru glabāšanas termiņš pēc noraidīšanas beidzies: %n</numerusform>
                <numerusform>Aizturētie e-pasti, kuru glabāšanas termiņš pēc noraidīšanas beidzies: %n</numerusform>
                <numerusform>Aizturētie e-pasti, kuru glabāšanas termiņš pēc noraidīšanas beidzies: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Held mail nobody decided on in time: %n</source>
            <translation>
                <numerusform>Aizturētie e-pasti, par kuriem laikā nekas netika izlemts: %n</numerusform>
                <numerusform>Aizturētie e-pasti, par kuriem laikā nekas netika izlemts: %n</numerusform>
                <numerusform>Aizturētie e-pasti, par kuriem laikā nekas netika izlemts: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held mail(s) will be deleted too.</source>
            <translation>
                <numerusform>Tiks dzēsts arī %n aizturētais e-pasts.</numerusform>
                <numerusform>Tiks dzēsti arī %n aizturētie e-pasti.</numerusform>
                <numerusform>Tiks dzēsti arī %n aizturēto e-pastu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held mail(s) deleted.</source>
            <translation>
                <numerusform>Dzēsts %n aizturētais e-pasts.</numerusform>
                <numerusform>Dzēsti %n aizturētie e-pasti.</numerusform>
                <numerusform>Dzēsti %n aizturēto e-pastu.</numerusform>
            </translation>
        </message>
    </context>
</TS>
