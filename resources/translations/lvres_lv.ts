<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>Invalid statement</source>
            <translation>Nederīgs priekšraksts</translation>
        </message>
        <message>
            <source>Expected newline or end of document after a statement</source>
            <translation>Pēc priekšraksta gaidīta jauna rinda vai dokumenta beigas</translation>
        </message>
        <message>
            <source>Found invalid character {char}</source>
            <translation>Atrasta nederīga rakstzīme {char}</translation>
        </message>
        <message>
            <source>Cannot declare {key} twice</source>
            <translation>Atslēgu {key} nevar deklarēt divreiz</translation>
        </message>
        <message>
            <source>Cannot overwrite a value</source>
            <translation>Vērtību nevar pārrakstīt</translation>
        </message>
        <message>
            <source>Expected ']' at the end of a table declaration</source>
            <translation>Tabulas deklarācijas beigās gaidīts ']'</translation>
        </message>
        <message>
            <source>Cannot mutate immutable namespace {key}</source>
            <translation>Nemaināmo nosaukumtelpu {key} nevar mainīt</translation>
        </message>
        <message>
            <source>Expected ']]' at the end of an array declaration</source>
            <translation>Masīva deklarācijas beigās gaidīts ']]'</translation>
        </message>
        <message>
            <source>Cannot redefine namespace {key}</source>
            <translation>Nosaukumtelpu {key} nevar definēt no jauna</translation>
        </message>
        <message>
            <source>Expected '=' after a key in a key/value pair</source>
            <translation>Pārī atslēga/vērtība pēc atslēgas gaidīts '='</translation>
        </message>
        <message>
            <source>Invalid initial character for a key part</source>
            <translation>Nederīga atslēgas daļas pirmā rakstzīme</translation>
        </message>
        <message>
            <source>Unclosed array</source>
            <translation>Neaizvērts masīvs</translation>
        </message>
        <message>
            <source>Duplicate inline table key {key}</source>
            <translation>Iekļautajā tabulā atslēga {key} atkārtojas</translation>
        </message>
        <message>
            <source>Unclosed inline table</source>
            <translation>Neaizvērta iekļautā tabula</translation>
        </message>
        <message>
            <source>Unescaped '\' in a string</source>
            <translation>Virknē ir neatdalīts '\'</translation>
        </message>
        <message>
            <source>Invalid hex value</source>
            <translation>Nederīga heksadecimāla vērtība</translation>
        </message>
        <message>
            <source>Escaped character is not a Unicode scalar value</source>
            <translation>Atdalītā rakstzīme nav Unicode skalārā vērtība</translation>
        </message>
        <message>
            <source>Unterminated string</source>
            <translation>Nepabeigta virkne</translation>
        </message>
        <message>
            <source>Illegal character {char}</source>
            <translation>Neatļauta rakstzīme {char}</translation>
        </message>
        <message>
            <source>Invalid date or datetime</source>
            <translation>Nederīgs datums vai datums un laiks</translation>
        </message>
        <message>
            <source>Invalid value</source>
            <translation>Nederīga vērtība</translation>
        </message>
        <message>
            <source>Expected {expected}</source>
            <translation>Gaidīts {expected}</translation>
        </message>
        <message>
            <source>“{reason}”</source>
            <translation>“{reason}”</translation>
        </message>
        <message>
            <source>{reason} ({place})</source>
            <translation>{reason} ({place})</translation>
        </message>
        <message>
            <source>does not know the certificate</source>
            <translation>nepazīst šo sertifikātu</translation>
        </message>
        <message>
            <source>gave an answer that is not an OCSP response</source>
            <translation>sniedza atbildi, kas nav OCSP atbilde</translation>
        </message>
        <message>
            <source>refused to answer ({status})</source>
            <translation>atteicās atbildēt ({status})</translation>
        </message>
        <message>
            <source>answered about another certificate</source>
            <translation>atbildēja par citu sertifikātu</translation>
        </message>
        <message>
            <source>answered another request (the nonce differs)</source>
            <translation>atbildēja uz citu pieprasījumu (atšķiras nonce)</translation>
        </message>
        <message>
            <source>signed its answer with a key the CA did not authorise</source>
            <translation>parakstīja atbildi ar atslēgu, ko sertifikācijas iestāde nav pilnvarojusi</translation>
        </message>
        <message>
            <source>sent an answer whose signature does not verify</source>
            <translation>nosūtīja atbildi, kuras paraksts neapstiprinās</translation>
        </message>
        <message>
            <source>sent an answer dated in the future</source>
            <translation>nosūtīja atbildi, kas datēta nākotnē</translation>
        </message>
        <message>
            <source>sent an out-of-date answer</source>
            <translation>nosūtīja novecojušu atbildi</translation>
        </message>
        <message>
            <source>HTTP {code}</source>
            <translation>HTTP statuss {code}</translation>
        </message>
        <message>
            <source>no answer in time</source>
            <translation>laikā nav atbildes</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>savienojums atteikts</translation>
        </message>
        <message>
            <source>the service's host name was not found</source>
            <translation>pakalpojuma resursdatora nosaukums nav atrasts</translation>
        </message>
        <message>
            <source>the secure connection (TLS) failed</source>
            <translation>drošais savienojums (TLS) neizdevās</translation>
        </message>
        <message>
            <source>the answer is larger than any OCSP response</source>
            <translation>atbilde ir lielāka par jebkuru OCSP atbildi</translation>
        </message>
        <message>
            <source>network error {kind}</source>
            <translation>tīkla kļūda {kind}</translation>
        </message>
        <message>
            <source>key compromise</source>
            <translation>atslēga kompromitēta</translation>
        </message>
        <message>
            <source>CA compromise</source>
            <translation>sertifikācijas iestāde kompromitēta</translation>
        </message>
        <message>
            <source>affiliation changed</source>
            <translation>mainījusies piederība</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>aizstāts</translation>
        </message>
        <message>
            <source>cessation of operation</source>
            <translation>darbība izbeigta</translation>
        </message>
        <message>
            <source>certificate on hold</source>
            <translation>sertifikāts apturēts</translation>
        </message>
        <message>
            <source>removed from CRL</source>
            <translation>izņemts no CRL</translation>
        </message>
        <message>
            <source>privilege withdrawn</source>
            <translation>privilēģija atsaukta</translation>
        </message>
        <message>
            <source>AA compromise</source>
            <translation>atribūtu iestāde kompromitēta</translation>
        </message>
        <message>
            <source>unspecified</source>
            <translation>nav norādīts</translation>
        </message>
    </context>
</TS>