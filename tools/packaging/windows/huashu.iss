; Huashu (话术助手) for Windows: a per-user installer for the PyInstaller one-folder build.
;
;   ISCC.exe /DAppVersion=0.1.0 tools\packaging\windows\huashu.iss
;
; tools\packaging\windows\build.ps1 builds build\dist\huashu\ with build.spec and then runs
; this (docs\packaging.md has the whole recipe). Needs Inno Setup 6.3 or later. Installs
; without administrator rights into %LOCALAPPDATA%\Programs\Huashu. The uninstaller removes
; the program and its autostart entry, never the user's data (%APPDATA%\huashu: templates,
; knowledge base, settings, team-pack subscriptions).
; Saved as UTF-8 with a byte order mark: Inno Setup before 6.3 needs it to read the Chinese.

#ifndef AppVersion
  #error Pass the version: ISCC.exe /DAppVersion=0.1.0 huashu.iss
#endif
#if PREPROCVER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed
#endif

#define AppName "话术助手"
#define AppExe "huashu.exe"
#define Root AddBackslash(SourcePath) + "..\..\.."
; The one-folder app: COLLECT(name="huashu") in build.spec, built with --distpath build\dist.
#ifndef DistDir
  #define DistDir Root + "\build\dist\huashu"
#endif

[Setup]
; The AppId never changes: it is how an update finds the installed copy.
AppId={{7E7E2E9E-C8C1-4382-B820-C57DC1BAB5B3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Huashu developers
AppPublisherURL=https://huashu.example/
; Per user: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Huashu
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
SetupIconFile={#Root}\resources\icons\huashu.ico
UninstallDisplayIcon={app}\{#AppExe}
OutputDir={#Root}\build
OutputBaseFilename=huashu-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running Huashu (PrepareToInstall asks it to quit first) and does not
; restart it; the last page offers to start the new version.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Inno Setup ships ChineseSimplified.isl only from some 6.x releases on; with an older one,
; put the translation into its Languages folder (docs\packaging.md) or build English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #pragma message "ChineseSimplified.isl is not in Inno Setup's Languages folder: English only"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "{cm:AutoStartProgram,{#AppName}}"; GroupDescription: "{cm:AutoStartProgramGroupDescription}"

[InstallDelete]
; An update replaces the bundled libraries as a whole (the data folder is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Huashu quick replies"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Start at sign-in, as the Linux package's autostart entry does (huashu start).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "Huashu"; ValueData: """{app}\{#AppExe}"" start"; Tasks: autostart; Flags: uninsdeletevalue
; An update without the task drops the entry an earlier install made.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "Huashu"; Tasks: not autostart; Flags: deletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Ask a running Huashu to quit, so that its files can be removed.
Filename: "{app}\{#AppExe}"; Parameters: "quit"; Flags: runhidden waituntilterminated; RunOnceId: "QuitHuashu"

; No [UninstallDelete]: the user's data in %APPDATA%\huashu stays.

[Code]
function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  ResultCode: Integer;
begin
  { An update: ask the running Huashu to quit (huashu quit) before its files are replaced. }
  if FileExists(ExpandConstant('{app}\{#AppExe}')) then
    Exec(ExpandConstant('{app}\{#AppExe}'), 'quit', '', SW_HIDE, ewWaitUntilTerminated, ResultCode);
  Result := '';
end;
