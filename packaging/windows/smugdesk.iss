; smugdesk's Windows installer (Inno Setup 6).
;
; packaging/build_dist.py compiles it after freezing, when iscc is on the PATH:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\smugdesk /DOutputDir=dist
;        /DIconFile=build\icons\smugdesk.ico packaging\windows\smugdesk.iss
;
; Per-user by default, without administrator rights, into %LOCALAPPDATA%\Programs;
; IT can install for all users instead (/ALLUSERS, or the dialog). Silent installs:
;   smugdesk-VERSION-windows-x86_64-setup.exe /VERYSILENT /CURRENTUSER /SUPPRESSMSGBOXES
; Upgrading installs over the earlier version (same AppId); the user's databases,
; settings and logs live in their own folders (%LOCALAPPDATA%\smugdesk) and are never
; touched, by an upgrade or by the uninstaller.

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (packaging/build_dist.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\smugdesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\smugdesk.ico"
#endif

[Setup]
; Never change the AppId: it is how an upgrade finds the earlier installation.
AppId={{6F1C2B8E-3D4A-4F5B-9C7D-8E2A1B0C5D6E}
AppName=smugdesk
AppVersion={#AppVersion}
AppVerName=smugdesk {#AppVersion}
AppPublisher=The smugdesk authors
AppPublisherURL=https://smugdesk.org
AppSupportURL=https://smugdesk.org
AppCopyright=Apache-2.0; third-party notices in the installation folder
VersionInfoVersion={#AppVersion}
VersionInfoProductName=smugdesk
VersionInfoDescription=smugdesk installer
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\smugdesk
DefaultGroupName=smugdesk
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\smugdesk.exe
UninstallDisplayName=smugdesk {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=smugdesk-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
LicenseFile={#SourceDir}\_internal\smugdesk\resources\licenses\LICENSE.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships Simplified Chinese from 6.4 on; Traditional is a contributed file.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseTraditional.isl")
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\Unofficial\ChineseTraditional.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own files whole, so nothing of the earlier
; version's libraries is left beside the new ones. User data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\smugdesk"; Filename: "{app}\smugdesk.exe"; Comment: "Anti-smuggling records and press reports"
Name: "{autodesktop}\smugdesk"; Filename: "{app}\smugdesk.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a .smugdesk database opens it in smugdesk (HKA: the current user's
; classes for a per-user install, the machine's for an all-users one).
Root: HKA; Subkey: "Software\Classes\.smugdesk"; ValueType: string; ValueName: ""; ValueData: "smugdesk.Database"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.smugdesk\OpenWithProgids"; ValueType: string; ValueName: "smugdesk.Database"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\smugdesk.Database"; ValueType: string; ValueName: ""; ValueData: "smugdesk database"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\smugdesk.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\smugdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\smugdesk.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\smugdesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\smugdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".smugdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\smugdesk.exe"; Description: "{cm:LaunchProgram,smugdesk}"; Flags: nowait postinstall skipifsilent
