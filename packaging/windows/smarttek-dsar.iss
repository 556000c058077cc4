; Inno Setup 6 script for the Smarttek DSAR Desk installer.
; packaging/build.py runs it after PyInstaller, passing this build's values:
;   ISCC /DAppVersion=0.1.0 /DSourceDir=...\dist\smarttek-dsar /DOutputDir=...\dist
;        /DIconFile=...\packaging\icons\smarttek-dsar.ico packaging\windows\smarttek-dsar.iss
; Without them it falls back to the usual places relative to this file (version 0.0.0).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\smarttek-dsar"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\icons\smarttek-dsar.ico"
#endif
#define AppName "Smarttek DSAR Desk"
#define AppExe "smarttek-dsar.exe"

[Setup]
; The AppId ties upgrades and the uninstaller to one product: never change it.
AppId={{C431B6A9-6FF7-4502-A8B9-87618A77AFE3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SMARTTEK MIXTURE SIA
AppPublisherURL=https://www.smarttek.eu/
AppSupportURL=https://www.smarttek.eu/
VersionInfoVersion={#AppVersion}
VersionInfoCompany=SMARTTEK MIXTURE SIA
VersionInfoProductName={#AppName}
; Per-user by default (no administrator needed); an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=smarttek-dsar-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running copy holds its DLLs open; ask to close it rather than fail half-way.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle's library folder whole: modules left from an older version
; could otherwise be picked up by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Alembic compiles the migration files on first start, leaving __pycache__ folders the
; installer did not put there. Cases and settings live in the user's profile and are kept.
Type: filesandordirs; Name: "{app}\_internal"
