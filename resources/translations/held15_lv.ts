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
    </context>
    <context>
        <name>TrustAnchorsBox</name>
        <message>
            <source>Trusted signature authorities</source>
            <translation>Uzticamās parakstu sertifikācijas iestādes</translation>
        </message>
        <message>
            <source>A signed request (.edoc) counts as signed only when its certificate chain ends at one of these. Add a CA's certificate after comparing its fingerprint with the one the CA publishes.</source>
            <translation>Parakstīts pieprasījums (.edoc) uzskatāms par parakstītu tikai tad, ja tā sertifikātu ķēde beidzas pie kādas no šīm iestādēm. Pievienojiet iestādes sertifikātu tikai pēc tam, kad tā nospiedums salīdzināts ar iestādes publicēto.</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subjekts</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Izdevējs</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Derīgs no</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Derīgs līdz</translation>
        </message>
        <message>
            <source>SHA-256 fingerprint</source>
            <translation>SHA-256 nospiedums</translation>
        </message>
        <message>
            <source>No authority is trusted yet: signed requests cannot be verified.</source>
            <translation>Neviena iestāde vēl nav uzticama: parakstītus pieprasījumus nevar pārbaudīt.</translation>
        </message>
        <message>
            <source>Add from file…</source>
            <translation>Pievienot no faila…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Noņemt…</translation>
        </message>
        <message>
            <source>{0} (expired)</source>
            <translation>{0} (beidzies)</translation>
        </message>
        <message>
            <source>Trust a certificate authority</source>
            <translation>Uzticēties sertifikācijas iestādei</translation>
        </message>
        <message>
            <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
            <translation>Sertifikāti (*.pem *.crt *.cer *.der);;Visi faili (*)</translation>
        </message>
        <message>
            <source>“{0}” is trusted now (SHA-256 {1}).</source>
            <translation>“{0}” tagad ir uzticama (SHA-256 {1}).</translation>
        </message>
        <message>
            <source>Select an authority first.</source>
            <translation>Vispirms izvēlieties iestādi.</translation>
        </message>
        <message>
            <source>Stop trusting an authority</source>
            <translation>Pārtraukt uzticēties iestādei</translation>
        </message>
        <message>
            <source>Stop trusting “{0}”? Signed requests whose chain ends at it will no longer count as signed.</source>
            <translation>Pārtraukt uzticēties “{0}”? Pieprasījumi, kuru parakstu ķēde beidzas pie tās, vairs netiks uzskatīti par parakstītiem.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Noņemt</translation>
        </message>
        <message>
            <source>“{0}” is no longer trusted.</source>
            <translation>“{0}” vairs nav uzticama.</translation>
        </message>
    </context>
</TS>
