; Klaros installer for Windows (NSIS 3). Built by packaging/windows/build_installer.py, which passes:
;   /DVERSION=0.1.0  /DVERSION_QUAD=0.1.0.0  /DSRCDIR=<the PyInstaller folder dist\klaros>
;   /DOUTFILE=<installer .exe>  [/DAPP_EXE=klaros.exe]  [/DICON=<klaros.ico>]  [/DFAST_COMPRESSION]
;
; Per user, no administrator rights: the app goes to %LOCALAPPDATA%\Programs\Klaros (writable by the user, so
; in-app updates can replace it), shortcuts to the user's Start menu and desktop, the uninstall entry to HKCU.
; The shop's data (%LOCALAPPDATA%\Klaros: database, backups, media, logs) is a different folder; the uninstaller
; keeps it unless its "Also delete my shop's data" box is ticked. Installing over an older version upgrades it
; in place after closing the running app.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
!ifdef FAST_COMPRESSION
  SetCompressor zlib  ; CI's compile check: the same script, a quicker compressor
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef VERSION_QUAD
  !error "pass /DVERSION_QUAD=x.y.z.0"
!endif
!ifndef SRCDIR
  !error "pass /DSRCDIR=<the PyInstaller bundle folder>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Klaros-${VERSION}-setup.exe"
!endif
!ifndef APP_EXE
  !define APP_EXE "klaros.exe"
!endif

!define APP_NAME "Klaros"
!define PUBLISHER "Klaros"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define APP_KEY "Software\${APP_NAME}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "LegalCopyright" "${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start Klaros now"
!define MUI_WELCOMEPAGE_TEXT "This installs Klaros ${VERSION} for you on this PC. You do not need an administrator password.$\r$\n$\r$\nIf Klaros is open, it will be closed; your messages and contacts are kept."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_COMPONENTSPAGE_TEXT_TOP "Klaros will be removed from this PC. Your shop's data (messages, contacts, backups) is kept unless you tick the box below."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

; Close a running Klaros of this user before its files are replaced or removed: first politely (the window
; closes and saves), then, if it is still running after ten seconds, by force.
!macro CLOSE_RUNNING un
Function ${un}CloseRunning
  nsExec::ExecToStack 'cmd /c tasklist /FI "IMAGENAME eq ${APP_EXE}" /FI "USERNAME eq %USERNAME%" /NH | find /I "${APP_EXE}"'
  Pop $0
  Pop $1
  ${If} $0 != 0
    Return
  ${EndIf}
  DetailPrint "Closing Klaros…"
  nsExec::Exec 'taskkill /IM "${APP_EXE}" /FI "USERNAME eq %USERNAME%"'
  StrCpy $2 0
  ${Do}
    Sleep 500
    IntOp $2 $2 + 1
    nsExec::ExecToStack 'cmd /c tasklist /FI "IMAGENAME eq ${APP_EXE}" /FI "USERNAME eq %USERNAME%" /NH | find /I "${APP_EXE}"'
    Pop $0
    Pop $1
    ${If} $0 != 0
      Return
    ${EndIf}
  ${LoopWhile} $2 < 20
  nsExec::Exec 'taskkill /F /IM "${APP_EXE}" /FI "USERNAME eq %USERNAME%"'
  Sleep 1000
FunctionEnd
!macroend
!insertmacro CLOSE_RUNNING ""
!insertmacro CLOSE_RUNNING "un."

Section "Klaros" SecApp
  SectionIn RO
  SetShellVarContext current
  Call CloseRunning
  SetOutPath "$INSTDIR"
  ; upgrade in place: the previous version's program files go first, so none of its modules linger
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  File "${SRCDIR}\${APP_EXE}"
  SetOutPath "$INSTDIR\_internal"
  File /r "${SRCDIR}\_internal\*"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Uninstall ${APP_NAME}.lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "un.Klaros (the program)" UnSecApp
  SectionIn RO
  SetShellVarContext current
  Call un.CloseRunning
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\Uninstall ${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  ; only what the installer put there: a folder the user chose may hold other files
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; the update archives the app downloaded (platformdirs' cache folder) are the program's, not the shop's
  RMDir /r "$LOCALAPPDATA\${APP_NAME}\Cache\updates"
  RMDir "$LOCALAPPDATA\${APP_NAME}\Cache"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd

; Off unless ticked: the profile (platformdirs' user data folder for "Klaros").
Section /o "un.Also delete my shop's data (messages, contacts, backups, logs)" UnSecData
  RMDir /r "$LOCALAPPDATA\${APP_NAME}"
SectionEnd
