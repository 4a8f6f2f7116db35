; Inno Setup 6 script: the Windows installer for FieldApp (Chinese and English).
;
; Build (on Windows, after the PyInstaller build; see packaging/README.md):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\fieldapp.iss
; Needs ChineseSimplified.isl beside this file: Inno Setup ships Simplified Chinese
; only as an unofficial translation (https://jrsoftware.org/files/istrans/).
;
; Installs for the current user only (no administrator needed on a village laptop)
; into %LOCALAPPDATA%\Programs\FieldApp. The data (database, photos, logs) lives
; in %LOCALAPPDATA%\FieldApp, written by the program, never by this installer:
; an upgrade leaves it alone, and uninstalling keeps it unless the person says yes
; to deleting it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "FieldApp"
#define AppExe "fieldapp.exe"
#define BuildDir "..\..\build\package\dist\fieldapp"

[Setup]
; Never change AppId: it is how a new version finds and replaces the old one.
AppId={{6F1C2B1E-5E4D-4C7B-9A0E-2D8B4C1F7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FieldApp
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\build\package
OutputBaseFilename=FieldApp-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\fieldapp.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running FieldApp holds its files open: ask to close it before replacing them.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面上创建快捷方式
chinesesimplified.LaunchApp=现在启动 FieldApp 田间助手
chinesesimplified.DeleteData=是否同时删除 FieldApp 的所有数据（农户档案、收购单据、照片、日志）？%n%n数据位置：%1%n%n如果以后还要使用这台电脑上的数据，请选“否”。
english.DesktopIcon=Create a desktop shortcut
english.LaunchApp=Start FieldApp now
english.DeleteData=Also delete all FieldApp data (growers, receipts, photos, logs)?%n%nData folder: %1%n%nChoose No if this laptop's data may still be needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"

[InstallDelete]
; The previous version's program files: a module left behind from an older build
; could be loaded by the new one. The data folder is elsewhere and untouched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
// Where the program keeps its data: platformdirs' user_data_dir("FieldApp",
// appauthor=False), i.e. %LOCALAPPDATA%\FieldApp. Settings are QSettings in the
// registry under HKCU\Software\FieldApp.
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\FieldApp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent()) and DirExists(DataFolder()) then
  begin
    // Default button: No. Deleting a coop's records must be a deliberate choice.
    if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataFolder()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(DataFolder(), True, True, True);
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\FieldApp');
    end;
  end;
end;
