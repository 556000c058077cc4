<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>The attachment “{name}” is about {size}, over the attachment limit of {limit}: it is not stored as a separate file and is kept only inside the original e-mail (evidence). Save it from there if the case needs it.</source>
            <translation>Pielikums “{name}” ir aptuveni {size}, vairāk par pielikumu ierobežojumu {limit}: tas nav saglabāts kā atsevišķs fails un ir tikai sākotnējā e-pastā (pierādījumā). Ja tas lietai vajadzīgs, saglabājiet to no turienes.</translation>
        </message>
        <message>
            <source>A file in the e-mail ({media_type}) is about {size}, over the attachment limit of {limit}: it is not stored as a separate file and is kept only inside the original e-mail (evidence). Save it from there if the case needs it.</source>
            <translation>E-pastā esošais fails ({media_type}) ir aptuveni {size}, vairāk par pielikumu ierobežojumu {limit}: tas nav saglabāts kā atsevišķs fails un ir tikai sākotnējā e-pastā (pierādījumā). Ja tas lietai vajadzīgs, saglabājiet to no turienes.</translation>
        </message>
        <message>
            <source>The text of the e-mail is longer than the {max_text_bytes} the desk reads as a request: it was cut at {max_text_bytes}. The whole text is in the original e-mail, kept as evidence.</source>
            <translation>E-pasta teksts ir garāks par {max_text_bytes}, ko programma nolasa kā pieprasījumu: tas ir saīsināts līdz {max_text_bytes}. Viss teksts ir sākotnējā e-pastā, kas saglabāts kā pierādījums.</translation>
        </message>
    </context>
</TS>
