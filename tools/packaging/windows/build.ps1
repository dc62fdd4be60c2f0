# Build Huashu's Windows installer: a clean virtual environment with the app and PyInstaller,
# the one-folder app (build.spec -> build\dist\huashu\huashu.exe), its self-test, then the
# Inno Setup installer (huashu.iss -> build\huashu-<version>-setup.exe).
#
#   powershell -ExecutionPolicy Bypass -File tools\packaging\windows\build.ps1
#
# Needs Python 3.11 x64 (python.org, with the py launcher) and Inno Setup 6.3 or later.
# See docs\packaging.md.
param(
    # python.exe to build with; default: the one `py -3.11` starts
    [string]$Python = "",
    # ISCC.exe; default: on PATH, else Inno Setup 6's usual install folders
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked([string]$File, [string[]]$Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..\..")).Path
Set-Location $Root
$Out = Join-Path $Root "build"
$Version = [regex]::Match((Get-Content "assistant\__init__.py" -Raw),
                          '__version__ = "([^"]+)"').Groups[1].Value
if (-not $Version) { throw "no __version__ in assistant\__init__.py" }

if (-not $Python) { $Python = (& py -3.11 -c "import sys; print(sys.executable)").Trim() }
if (-not $Iscc) {
    $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    $candidates = @(
        $(if ($found) { $found.Source }),
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { $_ -and (Test-Path $_) }
    if (-not $candidates) { throw "ISCC.exe not found: install Inno Setup 6 or pass -Iscc" }
    $Iscc = @($candidates)[0]
}

# 1. A clean virtual environment with the app and PyInstaller, nothing else.
New-Item -ItemType Directory -Force $Out | Out-Null
if (Test-Path "$Out\venv") { Remove-Item -Recurse -Force "$Out\venv" }
Invoke-Checked $Python @("-m", "venv", "$Out\venv")
$VenvPython = "$Out\venv\Scripts\python.exe"
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", $Root, "pyinstaller>=6,<7")

# 2. The one-folder app: windowed huashu.exe with its icon and version resource.
foreach ($dir in "$Out\dist", "$Out\work") { if (Test-Path $dir) { Remove-Item -Recurse -Force $dir } }
Invoke-Checked "$Out\venv\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "$Out\dist", "--workpath", "$Out\work", "build.spec")

# 3. The built app checks itself. huashu.exe is a windowed program: its output goes to a file.
$log = "$Out\self-test.txt"
$test = Start-Process -FilePath "$Out\dist\huashu\huashu.exe" -ArgumentList "self-test" `
    -Wait -PassThru -NoNewWindow -RedirectStandardOutput $log
Get-Content $log -Encoding UTF8
if ($test.ExitCode -ne 0) { throw "huashu self-test failed (exit code $($test.ExitCode))" }

# 4. The installer.
Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "tools\packaging\windows\huashu.iss")
Write-Host "built $Out\huashu-$Version-setup.exe"
