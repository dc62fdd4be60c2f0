"""The Windows and macOS recipes, which cannot be built here, checked for what can be checked
on Linux: the Inno Setup script against build.spec and the command line, the icon files'
containers, the spec's icon, version and windowed settings, and the shell scripts."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path

import pytest

from assistant import __version__
from assistant.cli import build_parser

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"
ISS = REPO / "tools" / "packaging" / "windows" / "huashu.iss"
BUILD_PS1 = REPO / "tools" / "packaging" / "windows" / "build.ps1"
MAKE_DMG = REPO / "tools" / "packaging" / "macos" / "make_dmg.sh"
SPEC = REPO / "build.spec"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


# --- the Inno Setup script ----------------------------------------------------------------

def _split_params(line: str) -> dict[str, str]:
    """`Name: "a b"; Flags: x y` -> {"name": "a b", "flags": "x y"}; "" is a quote inside."""
    params, key, value, quoted, i = {}, "", "", False, 0
    field = ""
    while i < len(line):
        char = line[i]
        if quoted:
            if char == '"' and line[i + 1:i + 2] == '"':
                field += '"'
                i += 1
            elif char == '"':
                quoted = False
            else:
                field += char
        elif char == '"':
            quoted = True
        elif char == ";":
            key, _, value = field.partition(":")
            params[key.strip().lower()] = value.strip()
            field = ""
        else:
            field += char
        i += 1
    if field.strip():
        key, _, value = field.partition(":")
        params[key.strip().lower()] = value.strip()
    return params


def parse_iss(text: str) -> dict[str, list]:
    """Sections -> their lines: [Setup] as (key, value) pairs, [Code] raw, the rest as
    parameter dicts. Preprocessor lines (#...) and comments (;) are left out."""
    sections: dict[str, list] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        elif current == "Code":
            sections[current].append(raw)
        elif current == "Setup":
            key, _, value = line.partition("=")
            sections[current].append((key.strip(), value.strip()))
        elif current is not None:
            sections[current].append(_split_params(line))
    return sections


@pytest.fixture(scope="module")
def iss_text() -> str:
    raw = ISS.read_bytes()
    # Inno Setup before 6.3 reads a script as UTF-8 only with a byte order mark.
    assert raw.startswith(b"\xef\xbb\xbf")
    return raw.decode("utf-8-sig")


@pytest.fixture(scope="module")
def iss(iss_text) -> dict[str, list]:
    return parse_iss(iss_text)


def _defines(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2) for m in
            re.finditer(r'^\s*#define\s+(\w+)\s+(.+?)\s*$', text, re.MULTILINE)}


def _call_keywords(name: str) -> dict[str, ast.expr]:
    """The keyword arguments of the call to NAME(...) in build.spec."""
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            return {kw.arg: kw.value for kw in node.keywords}
    raise AssertionError(f"no {name}(...) in build.spec")


def _spec_names() -> tuple[str, str]:
    exe = ast.literal_eval(_call_keywords("EXE")["name"])
    collect = ast.literal_eval(_call_keywords("COLLECT")["name"])
    return exe, collect


def test_iss_has_every_section_and_a_required_version(iss, iss_text):
    for section in ("Setup", "Languages", "Tasks", "Files", "Icons", "Registry", "Run",
                    "UninstallRun", "Code"):
        assert section in iss, section
    setup = dict(iss["Setup"])
    assert setup["AppVersion"] == "{#AppVersion}"
    assert re.search(r"#ifndef AppVersion\s*\n\s*#error", iss_text)
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert "话术助手" in _defines(iss_text)["AppName"]


def test_iss_installs_per_user(iss):
    setup = dict(iss["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # never an all-users install
    assert setup["DefaultDirName"] == r"{autopf}\Huashu"  # %LOCALAPPDATA%\Programs\Huashu
    shortcuts = [entry["name"] for entry in iss["Icons"]]
    assert any(name.startswith("{autoprograms}") for name in shortcuts)  # the Start menu
    assert not any(name.startswith(("{commonprograms}", "{commondesktop}")) for name in shortcuts)


def test_iss_installs_the_folder_build_spec_makes(iss, iss_text):
    exe_name, collect_name = _spec_names()
    defines = _defines(iss_text)
    assert defines["AppExe"] == f'"{exe_name}.exe"'
    assert defines["DistDir"].endswith(f'"\\build\\dist\\{collect_name}"')
    [files] = iss["Files"]
    assert files["source"] == r"{#DistDir}\*" and files["destdir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(files["flags"].split())
    setup = dict(iss["Setup"])
    icon = setup["SetupIconFile"].replace("{#Root}", str(REPO)).replace("\\", "/")
    assert Path(icon).is_file()
    # build.ps1 builds into the folder the script takes its files from
    script = BUILD_PS1.read_text(encoding="ascii")
    assert '"--distpath", "$Out\\dist"' in script and '$Out = Join-Path $Root "build"' in script


def test_iss_tasks_desktop_icon_unchecked_and_autostart_optional(iss):
    tasks = {entry["name"]: entry for entry in iss["Tasks"]}
    assert "unchecked" in tasks["desktopicon"]["flags"].split()
    assert "autostart" in tasks
    desktop = [entry for entry in iss["Icons"] if entry["name"].startswith("{autodesktop}")]
    assert desktop and all(entry["tasks"] == "desktopicon" for entry in desktop)


def test_iss_autostart_is_a_run_value_removed_by_the_uninstaller(iss):
    runs = [entry for entry in iss["Registry"] if entry["subkey"] == RUN_KEY]
    [value] = [entry for entry in runs if entry.get("tasks") == "autostart"]
    assert value["root"] == "HKCU" and value["valuename"] == "Huashu"
    assert "uninsdeletevalue" in value["flags"].split()
    command = re.fullmatch(r'"\{app\}\\\{#AppExe\}" (.+)', value["valuedata"])
    assert command, value["valuedata"]
    # the same command as the Linux autostart entry, and one the command line knows
    assert build_parser().parse_args(command.group(1).split()).command == "start"
    linux = (REPO / "tools" / "packaging" / "huashu-autostart.desktop").read_text()
    assert f"Exec=huashu {command.group(1)}\n" in linux
    # an update without the task removes an earlier install's value
    [removal] = [entry for entry in runs if entry.get("tasks") == "not autostart"]
    assert removal["valuetype"] == "none" and "deletevalue" in removal["flags"].split()


def test_iss_uninstaller_keeps_the_users_data(iss, iss_text):
    assert "UninstallDelete" not in iss
    # The data directory (platformdirs, roaming): %APPDATA%\huashu, i.e. {userappdata}\huashu.
    lowered = iss_text.lower()
    for constant in ("{userappdata}", "{localappdata}", "{commonappdata}", "{%appdata",
                     "{%localappdata", "{app}\\.."):
        assert constant not in lowered, constant
    # [InstallDelete] only clears the program's own library folder before an update
    for entry in iss.get("InstallDelete", []):
        assert entry["name"].startswith("{app}\\"), entry


def test_iss_quits_a_running_copy_with_the_cli_and_starts_after_install(iss):
    [quit_entry] = iss["UninstallRun"]
    assert quit_entry["filename"] == r"{app}\{#AppExe}" and quit_entry["parameters"] == "quit"
    assert quit_entry.get("runonceid")
    assert build_parser().parse_args(["quit"]).command == "quit"
    code = "\n".join(iss["Code"])
    assert "PrepareToInstall" in code and "'quit'" in code
    [run] = iss["Run"]
    assert run["filename"] == r"{app}\{#AppExe}"
    assert {"postinstall", "nowait", "skipifsilent"} <= set(run["flags"].split())
    assert dict(iss["Setup"])["CloseApplications"] == "yes"


def test_iss_languages_english_and_chinese_when_inno_setup_has_it(iss, iss_text):
    names = {entry["name"]: entry["messagesfile"] for entry in iss["Languages"]}
    assert names["english"] == "compiler:Default.isl"
    assert names["chinesesimplified"] == r"compiler:Languages\ChineseSimplified.isl"
    # guarded: Inno Setup releases without the translation still compile the script
    guard = iss_text.index("#if FileExists(AddBackslash(CompilerPath) + "
                           '"Languages\\ChineseSimplified.isl")')
    assert guard < iss_text.index('Name: "chinesesimplified"') < iss_text.index("#endif", guard)


def test_build_ps1_builds_then_runs_iscc_with_the_version():
    raw = BUILD_PS1.read_bytes()
    raw.decode("ascii")  # Windows PowerShell 5.1 reads a BOM-less script as ANSI: keep it ASCII
    script = raw.decode("ascii")
    for step in ('"-m", "venv"', '"pip", "install"', '"build.spec"', '"self-test"',
                 '"/DAppVersion=$Version", "tools\\packaging\\windows\\huashu.iss"'):
        assert step in script, step
    assert script.index('"build.spec"') < script.index("/DAppVersion")


# --- the icons ------------------------------------------------------------------------------

def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_ico_holds_png_entries_of_every_size():
    data = (ICONS / "huashu.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 6)
    sizes, end = [], 6 + 16 * count
    for index in range(count):
        width, height, colors, zero, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        side = width or 256
        assert height == width and (colors, zero, planes, bits) == (0, 0, 1, 32)
        assert offset == end, "entries are stored in order, back to back"
        assert _png_size(data[offset:offset + length]) == (side, side)
        sizes.append(side)
        end = offset + length
    assert sizes == [16, 24, 32, 48, 64, 256] and end == len(data)


def test_icns_holds_png_elements_128_to_1024():
    data = (ICONS / "huashu.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    found, offset = {}, 8
    while offset < len(data):
        kind, length = data[offset:offset + 4], struct.unpack(">I", data[offset + 4:offset + 8])[0]
        assert length > 8 and offset + length <= len(data)
        found[kind] = _png_size(data[offset + 8:offset + length])
        offset += length
    assert found == {b"ic07": (128, 128), b"ic08": (256, 256), b"ic09": (512, 512),
                     b"ic10": (1024, 1024)}


def test_png_icon_is_the_svg_rendered_at_256(qapp):
    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("make_icons", REPO / "tools" / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    committed = QImage.fromData((ICONS / "huashu.png").read_bytes())
    fresh = QImage.fromData(make_icons.render_png(ICONS / "huashu.svg", 256))
    assert committed.size() == fresh.size() and committed.width() == 256
    committed = committed.convertToFormat(QImage.Format.Format_RGBA8888)
    fresh = fresh.convertToFormat(QImage.Format.Format_RGBA8888)
    a, b = bytes(committed.constBits()), bytes(fresh.constBits())
    mean = sum(abs(x - y) for x, y in zip(a, b)) / len(a)
    assert mean < 2.0, "resources/icons differ from huashu.svg: run tools/make_icons.py"


# --- build.spec -----------------------------------------------------------------------------

def test_spec_uses_the_icons_and_is_windowed_on_windows_and_macos():
    text = SPEC.read_text(encoding="utf-8")
    for name in ("huashu.ico", "huashu.icns"):
        assert f'"{name}"' in text and (ICONS / name).is_file()
    exe = _call_keywords("EXE")
    assert ast.unparse(exe["console"]) == "not (WINDOWS or MACOS)"
    assert ast.unparse(exe["icon"]) == "str(icon) if icon else None"
    assert "WINDOWS" in ast.unparse(exe["version"])
    bundle = _call_keywords("BUNDLE")
    assert ast.unparse(bundle["version"]) == "VERSION"
    assert ast.unparse(bundle["icon"]) == "str(icon)"
    plist = dict(zip((ast.literal_eval(k) for k in bundle["info_plist"].keys),
                     (ast.unparse(v) for v in bundle["info_plist"].values)))
    assert plist["LSUIElement"] == "True" and plist["CFBundleShortVersionString"] == "VERSION"
    entitlements = REPO / "tools" / "packaging" / "macos" / "entitlements.plist"
    assert entitlements.name in ast.unparse(exe["entitlements_file"]) and entitlements.is_file()


def _version_file_function():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    [function] = [node for node in tree.body
                  if isinstance(node, ast.FunctionDef) and node.name == "_windows_version_file"]
    namespace = {"re": re, "Path": Path}
    exec(compile(ast.Module([function], []), str(SPEC), "exec"), namespace)
    return namespace["_windows_version_file"]


class _Recorder:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


@pytest.mark.parametrize(("version", "numbers"), [(__version__, None), ("1.2.3rc1", (1, 2, 3, 0)),
                                                  ("2", (2, 0, 0, 0))])
def test_spec_writes_the_package_version_into_the_exe_version_resource(tmp_path, version, numbers):
    path = _version_file_function()(version, tmp_path / "work")
    assert path.parent == tmp_path / "work"
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    recorded = {name: type(name, (_Recorder,), {}) for name in names}
    info = eval(path.read_text(encoding="utf-8"), recorded)  # as PyInstaller reads it
    ffi = info.kwargs["ffi"].kwargs
    expected = numbers or tuple(int(n) for n in __version__.split(".")) + (0,)
    assert ffi["filevers"] == ffi["prodvers"] == expected
    [string_file_info, _] = info.kwargs["kids"]
    [table] = string_file_info.args[0]
    strings = dict(entry.args for entry in table.args[1])
    assert strings["ProductVersion"] == strings["FileVersion"] == version
    assert strings["OriginalFilename"] == _spec_names()[0] + ".exe"


def test_version_file_is_read_by_pyinstaller(tmp_path, monkeypatch):
    """With PyInstaller installed: its own reader and encoder take the file (the module needs
    pefile and win32api only for reading and writing executables, stubbed here)."""
    import PyInstaller.compat as compat  # a test dependency (pyproject: test extras)
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(compat, "win32api", None, raising=False)
    source = Path(compat.__file__).parent / "utils" / "win32" / "versioninfo.py"
    spec = importlib.util.spec_from_file_location("_huashu_versioninfo", source)
    versioninfo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(versioninfo)
    path = _version_file_function()(__version__, tmp_path)
    info = versioninfo.load_version_info_from_text_file(str(path))
    raw = info.toRaw()
    assert "话术助手".encode("utf-16-le") in raw and __version__.encode("utf-16-le") in raw


# --- shell scripts and the guide ----------------------------------------------------------

SHELL_SCRIPTS = [REPO / "tools" / "build_package.sh", MAKE_DMG]


@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_scripts_parse_and_pass_shellcheck(script):
    done = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "set -euo pipefail" in script.read_text()
    if shutil.which("shellcheck"):
        done = subprocess.run(["shellcheck", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout


def test_make_dmg_refuses_to_run_off_macos(tmp_path):
    if sys.platform == "darwin":
        pytest.skip("this is the Mac it is for")
    done = subprocess.run(["bash", str(MAKE_DMG)], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HUASHU_BUILD_DIR": str(tmp_path)})
    assert done.returncode == 1 and "macOS only" in done.stderr
    assert not any(tmp_path.iterdir())


def test_make_dmg_recipe():
    script = MAKE_DMG.read_text()
    assert 'hdiutil create -volname Huashu -srcfolder "$STAGE" -ov -format UDZO "$DMG"' in script
    assert 'xcrun notarytool submit "$DMG" "${notary[@]}" --wait' in script
    assert 'xcrun stapler staple "$DMG"' in script
    assert "HUASHU_CODESIGN_IDENTITY" in script and "HUASHU_CODESIGN_IDENTITY" in SPEC.read_text()


def test_packaging_guide_has_the_exact_commands():
    guide = (REPO / "docs" / "packaging.md").read_text(encoding="utf-8")
    for text in ("bash tools/build_package.sh", "tools\\packaging\\windows\\build.ps1",
                 "/DAppVersion=", "bash tools/packaging/macos/make_dmg.sh", "huashu self-test",
                 "%APPDATA%\\huashu", "~/Library/Application Support/huashu",
                 "~/.local/share/huashu", "python tools/make_icons.py"):
        assert text in guide, text


def _quick_copies() -> set[str]:
    """The modules tools/build_package.sh copies to /opt/huashu/quick/assistant/."""
    script = (REPO / "tools" / "build_package.sh").read_text(encoding="utf-8")
    block = script[script.index('install -m 644 assistant/__init__.py'):]
    block = block[:block.index('"$ROOTFS/opt/huashu/quick/assistant/"')]
    return {Path(word).stem for word in block.split() if word.startswith("assistant/")}


def test_the_debs_quick_client_carries_every_module_the_fast_path_imports():
    """/usr/bin/huashu runs thin.py from copies on the system's Python: a module the fast path
    imports that is not copied would break `huashu toggle` in the package only."""
    imported = set()
    for name in ("thin", "data_home", "instance_address"):
        tree = ast.parse((REPO / "assistant" / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("assistant."):
                imported.add(node.module.split(".", 1)[1])
    imported.discard("cli")  # the full command line: the launcher execs the app for it
    assert imported <= _quick_copies()
    assert _quick_copies() >= {"__init__", "thin", "data_home", "instance_address"}


def test_the_quick_client_hands_other_commands_and_old_pythons_to_the_app(tmp_path):
    quick = tmp_path / "quick"
    (quick / "assistant").mkdir(parents=True)
    shutil.copy(REPO / "tools" / "packaging" / "huashu-quick.py", quick)
    for name in _quick_copies():
        shutil.copy(REPO / "assistant" / f"{name}.py", quick / "assistant")
    env = {"HUASHU_QUICK_APP": shutil.which("echo"), "HUASHU_HOME": str(tmp_path / "home"),
           "PATH": "/usr/bin:/bin"}
    for args in (["templates", "list"], ["status"]):  # status: nothing runs
        done = subprocess.run([sys.executable, "-I", "-S", str(quick / "huashu-quick.py"),
                               *args], capture_output=True, text=True, env=env, check=False)
        assert done.returncode == 0 and done.stdout.split() == args, done.stderr
    launcher = (REPO / "tools" / "packaging" / "huashu-launcher.sh").read_text(encoding="utf-8")
    assert 'exec /usr/bin/python3 -I -S /opt/huashu/quick/huashu-quick.py "$@"' in launcher
    assert launcher.rstrip().endswith('exec /opt/huashu/huashu "$@"')
