; Inno Setup script: the Windows installer for starapp (built by .github/workflows/build.yml).
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\starapp.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\starapp.iss
;   -> dist\starapp-0.1.0-windows-setup.exe
;
; Installs for the current user by default (no administrator password: many charity
; laptops have none to hand), with a Start-menu entry and an optional desktop icon.
; Uninstalling removes the program only: data files live in the user's data folder
; (%LOCALAPPDATA%\starapp) and are never touched, so no reading is lost.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Keep this id for ever: it is how Windows recognises an update of the same app.
AppId={{6F0E8C52-3B7A-4C1D-9E55-5A2B7C1D4E90}
AppName=starapp
AppVersion={#AppVersion}
AppVerName=starapp {#AppVersion}
AppPublisher=starapp contributors
AppComments=Strengths-based outcome readings drawn as a star
DefaultDirName={autopf}\starapp
DefaultGroupName=starapp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=starapp-{#AppVersion}-windows-setup
SetupIconFile=resources\icons\starapp.ico
UninstallDisplayIcon={app}\starapp.exe
UninstallDisplayName=starapp
LicenseFile=LICENSE
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running starapp holds its files open: ask to close it rather than fail half-way.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\starapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
; The Start-menu entry opens the windowed program (no console window).
Name: "{autoprograms}\starapp"; Filename: "{app}\starapp.exe"; Comment: "Outcome star readings"; IconFilename: "{app}\starapp.exe"
Name: "{autodesktop}\starapp"; Filename: "{app}\starapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\starapp.exe"; Description: "{cm:LaunchProgram,starapp}"; Flags: nowait postinstall skipifsilent

