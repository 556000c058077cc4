<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>PdfPreview</name>
        <message>
            <source>{name}: page count {pages}</source>
            <translation>{name}: lapu skaits {pages}</translation>
        </message>
    </context>
</TS>
