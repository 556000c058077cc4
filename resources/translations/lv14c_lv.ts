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
    </context>
</TS>
