<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Scanned letters and signed documents were delivered on:</source>
            <translation>Skenētās vēstules un parakstītie dokumenti saņemti:</translation>
        </message>
        <message>
            <source>signature NOT valid, nothing was verified: %1</source>
            <translation>paraksts NAV derīgs, nekas netika pārbaudīts: %1</translation>
        </message>
        <message>
            <source>signature valid: %1 (%2)</source>
            <translation>paraksts derīgs: %1 (%2)</translation>
        </message>
        <message>
            <source>identity verified by the e-signature</source>
            <translation>identitāte pārbaudīta ar e-parakstu</translation>
        </message>
        <message>
            <source>the signer is not the data subject: no identity check recorded</source>
            <translation>parakstītājs nav datu subjekts: identitātes pārbaude nav reģistrēta</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Request files (*.eml *.msg *.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.edoc *.asice);;All files (*)</source>
            <translation>Pieprasījumu faili (*.eml *.msg *.json *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.edoc *.asice);;Visi faili (*)</translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Signature authority trusted</source>
            <translation>Parakstu sertifikācijas iestāde atzīta par uzticamu</translation>
        </message>
        <message>
            <source>Signature authority no longer trusted</source>
            <translation>Parakstu sertifikācijas iestāde vairs nav uzticama</translation>
        </message>
    </context>
</TS>
