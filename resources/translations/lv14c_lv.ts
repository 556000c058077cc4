<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>The register file {path} is not valid TOML: {reason}.</source>
            <translation>Reģistra fails {path} nav derīgs TOML: {reason}.</translation>
        </message>
        <message>
            <source>The register {where} is not valid TOML: {reason}.</source>
            <translation>Reģistrs {where} nav derīgs TOML: {reason}.</translation>
        </message>
        <message>
            <source>at line {line}, column {column}</source>
            <translation>{line}. rindā, {column}. kolonnā</translation>
        </message>
        <message>
            <source>at end of document</source>
            <translation>dokumenta beigās</translation>
        </message>
        <message>
            <source>The register file {path} is not valid TOML ({place}): {reason}.</source>
            <translation>Reģistra fails {path} nav derīgs TOML ({place}): {reason}.</translation>
        </message>
        <message>
            <source>The register {where} is not valid TOML ({place}): {reason}.</source>
            <translation>Reģistrs {where} nav derīgs TOML ({place}): {reason}.</translation>
        </message>
        <message>
            <source>E-signed document {filename} ({signature})

{text}</source>
            <translation>E-parakstīts dokuments {filename} ({signature})

{text}</translation>
        </message>
        <message>
            <source>E-signed document {filename} ({signature})</source>
            <translation>E-parakstīts dokuments {filename} ({signature})</translation>
        </message>
        <message>
            <source>E-signed document {filename}

{text}</source>
            <translation>E-parakstīts dokuments {filename}

{text}</translation>
        </message>
        <message>
            <source>E-signed document {filename}</source>
            <translation>E-parakstīts dokuments {filename}</translation>
        </message>
        <message>
            <source>E-signature: {signature}</source>
            <translation>E-paraksts: {signature}</translation>
        </message>
        <message>
            <source>{filename}: the letter's text was not read because Tesseract OCR is not installed (install {hint}); read the scan and enter the subject and rights.</source>
            <translation>{filename}: vēstules teksts netika nolasīts, jo nav instalēta Tesseract OCR (instalējiet {hint}); izlasiet skenējumu un ievadiet datu subjektu un tiesības.</translation>
        </message>
        <message>
            <source>{filename}: the scan's pages are far larger than a letter, so its text was not read (that would take minutes and gigabytes); read the scan.</source>
            <translation>{filename}: skenējuma lapas ir daudz lielākas par vēstuli, tāpēc teksts netika nolasīts (tas prasītu minūtes un gigabaitus); izlasiet skenējumu.</translation>
        </message>
        <message>
            <source>{filename}: OCR stopped after {seconds} seconds with {pages} page(s) read; read the rest of the scan.</source>
            <translation>{filename}: OCR apturēta pēc {seconds} sekundēm, nolasīto lapu skaits: {pages}; izlasiet pārējo skenējumu.</translation>
        </message>
        <message>
            <source>{filename}: page {number} could not be read by OCR ({error}).</source>
            <translation>{filename}: OCR nevarēja nolasīt {number}. lapu ({error}).</translation>
        </message>
        <message>
            <source>Tesseract's Latvian language data is missing (install {hint}); the letter was read as English, so letters with diacritics may be wrong.</source>
            <translation>Nav Tesseract latviešu valodas datu (instalējiet {hint}); vēstule tika nolasīta kā angliska, tāpēc burti ar diakritiskajām zīmēm var būt kļūdaini.</translation>
        </message>
        <message>
            <source>{filename}: OCR found no text in the scan; read the scan.</source>
            <translation>{filename}: OCR skenējumā neatrada tekstu; izlasiet skenējumu.</translation>
        </message>
        <message>
            <source>{name}: the desk cannot read this kind of document; open it and read it.</source>
            <translation>{name}: programma nevar nolasīt šāda veida dokumentu; atveriet to un izlasiet.</translation>
        </message>
        <message>
            <source>{count} {count:plural:new request|new requests}</source>
            <translation>{count} {count:plural:jauns pieprasījums|jauni pieprasījumi|jaunu pieprasījumu}</translation>
        </message>
        <message>
            <source>{count} held (not requests)</source>
            <translation>aizturēti (nav pieprasījumi): {count}</translation>
        </message>
        <message>
            <source>{count} imported before</source>
            <translation>jau importēti iepriekš: {count}</translation>
        </message>
        <message>
            <source>{count} could not be imported, left in the mailbox</source>
            <translation>nevarēja importēt, atstāti pastkastē: {count}</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}.</translation>
        </message>
        <message>
            <source>{parts}. {stopped}</source>
            <translation>{parts}. {stopped}</translation>
        </message>
        <message>
            <source>Cancelled; what was imported before is kept.</source>
            <translation>Atcelts; iepriekš importētais ir saglabāts.</translation>
        </message>
        <message>
            <source>The connection to the mailbox was lost after {count} message(s); everything imported is kept and nothing is imported twice. Fetch again.</source>
            <translation>Savienojums ar pastkasti pārtrūka pēc saņemto vēstuļu skaita: {count}; viss importētais ir saglabāts, un nekas netiks importēts divreiz. Saņemiet vēstules vēlreiz.</translation>
        </message>
    </context>
</TS>
