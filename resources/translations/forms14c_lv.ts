<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
    <context>
        <name>ServiceMessage</name>
        <message>
            <source>Data source number {number}</source>
            <translation>{number}. datu avots</translation>
        </message>
        <message>
            <source>Data source '{name}'</source>
            <translation>Datu avots '{name}'</translation>
        </message>
        <message>
            <source>{where}, query number {number}</source>
            <translation>{where}, {number}. vaicājums</translation>
        </message>
        <message>
            <source>{where}, {field}</source>
            <translation>{where}, {field}</translation>
        </message>
        <message>
            <source>{where}, sheet number {number}</source>
            <translation>{where}, {number}. lapa</translation>
        </message>
        <message>
            <source>{where}, column '{column}'</source>
            <translation>{where}, kolonna '{column}'</translation>
        </message>
        <message>
            <source>{where}, values of column '{column}'</source>
            <translation>{where}, kolonnas '{column}' vērtības</translation>
        </message>
        <message>
            <source>The sources text</source>
            <translation>Datu avotu teksts</translation>
        </message>
        <message>
            <source>The data sources (version {version})</source>
            <translation>Datu avoti ({version}. versija)</translation>
        </message>
        <message>
            <source>The data sources</source>
            <translation>Datu avoti</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Reģistrs</translation>
        </message>
        <message>
            <source>{where}, table '{key}'</source>
            <translation>{where}, tabula '{key}'</translation>
        </message>
        <message>
            <source>Recipient number {number}</source>
            <translation>{number}. saņēmējs</translation>
        </message>
        <message>
            <source>Recipient '{id}'</source>
            <translation>Saņēmējs '{id}'</translation>
        </message>
        <message>
            <source>Data category number {number}</source>
            <translation>{number}. datu kategorija</translation>
        </message>
        <message>
            <source>Data category '{id}'</source>
            <translation>Datu kategorija '{id}'</translation>
        </message>
        <message>
            <source>{where}, cookie number {number}</source>
            <translation>{where}, {number}. sīkdatne</translation>
        </message>
        <message>
            <source>{where}: field 'id' must be a snake_case identifier (got {value!r}).</source>
            <translation>{where}: laukam 'id' jābūt identifikatoram snake_case formā (ievadīts {value!r}).</translation>
        </message>
        <message>
            <source>Duplicate recipient id '{item}': each id must be unique.</source>
            <translation>Atkārtots saņēmēja id '{item}': katram id jābūt unikālam.</translation>
        </message>
        <message>
            <source>Duplicate data category id '{item}': each id must be unique.</source>
            <translation>Atkārtots datu kategorijas id '{item}': katram id jābūt unikālam.</translation>
        </message>
        <message>
            <source>version {version} in the database</source>
            <translation>({version}. versija datubāzē)</translation>
        </message>
        <message>
            <source>The register text is not valid TOML: {error}.</source>
            <translation>Reģistra teksts nav derīgs TOML: {error}.</translation>
        </message>
    </context>
</TS>
